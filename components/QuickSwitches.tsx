import type { Translate } from '../utils/i18n';
import { Switch } from './Switch';

export interface QuickSwitchesProps {
  /** Highlighting anywhere. */
  enabled: boolean;
  /** The active tab's site and whether its rules let TermLens run; null when the tab has no site. */
  site: { host: string; on: boolean } | null;
  t: Translate;
  /** Where the settings page is, for the link's href. */
  settingsHref: string;
  onEnabledChange: (enabled: boolean) => void;
  onSiteChange: (on: boolean) => void;
  onOpenSettings: () => void;
}

/** The popup's switches: highlighting on or off, on or off for this site, and the way to all settings. */
export function QuickSwitches({
  enabled,
  site,
  t,
  settingsHref,
  onEnabledChange,
  onSiteChange,
  onOpenSettings,
}: QuickSwitchesProps) {
  return (
    <div class="quick-switches" role="group" aria-label={t('quickSwitches')}>
      <Switch label={t('highlightingOn')} checked={enabled} testId="toggle-enabled" onChange={onEnabledChange} />
      {site && (
        <Switch
          label={t('siteOn', site.host)}
          checked={enabled && site.on}
          disabled={!enabled}
          testId="toggle-site"
          onChange={onSiteChange}
        />
      )}
      <a
        class="settings-link"
        href={settingsHref}
        data-testid="open-settings"
        onClick={(event) => {
          event.preventDefault();
          onOpenSettings();
        }}
      >
        {t('settings')}
      </a>
    </div>
  );
}
