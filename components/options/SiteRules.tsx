import type { Translate } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { RadioGroup } from './RadioGroup';
import { SiteListEditor } from './SiteListEditor';

type SiteRuleSettings = Pick<Settings, 'siteMode' | 'disabledSites' | 'enabledSites'>;

export interface SiteRulesProps {
  rules: SiteRuleSettings;
  t: Translate;
  onChange: (change: Partial<SiteRuleSettings>) => void;
}

/** Where TermLens runs: everywhere but some sites, or only on some. Each mode keeps its own list. */
export function SiteRules({ rules, t, onChange }: SiteRulesProps) {
  const onlyListed = rules.siteMode === 'only-listed';
  return (
    <div class="site-rules">
      <RadioGroup
        name="site-mode"
        legend={t('optionsSiteMode')}
        value={rules.siteMode}
        options={[
          { value: 'all-except', label: t('optionsSiteModeAllExcept') },
          { value: 'only-listed', label: t('optionsSiteModeOnlyListed') },
        ]}
        hint={t('optionsSiteHint')}
        onChange={(siteMode) => onChange({ siteMode })}
      />
      {onlyListed ? (
        <SiteListEditor
          key="enabled"
          id="enabled-sites"
          label={t('optionsEnabledSites')}
          sites={rules.enabledSites}
          t={t}
          onChange={(enabledSites) => onChange({ enabledSites })}
        />
      ) : (
        <SiteListEditor
          key="disabled"
          id="disabled-sites"
          label={t('optionsDisabledSites')}
          sites={rules.disabledSites}
          t={t}
          onChange={(disabledSites) => onChange({ disabledSites })}
        />
      )}
    </div>
  );
}
