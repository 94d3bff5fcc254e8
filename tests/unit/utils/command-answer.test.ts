import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandAnswer } from '../../../utils/command-answer';

const fromExtension = () => ({ id: fakeBrowser.runtime.id });

afterEach(() => vi.restoreAllMocks());

describe('commands from the background', () => {
  it('runs the command it is asked for and answers at once', async () => {
    const handle = vi.fn(() => new Promise<void>(() => undefined)); // never settles: the answer must not wait
    const answer = commandAnswer(handle);
    await expect(answer({ type: 'termlens:command', command: 'next-term' }, fromExtension())).resolves.toBe(true);
    expect(handle).toHaveBeenCalledWith('next-term');
  });

  it('turns a command that fails into a warning that names it, not an uncaught rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const answer = commandAnswer(() => Promise.reject(new Error('no glossary for this page')));
      await answer({ type: 'termlens:command', command: 'lookup-selection' }, fromExtension());
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledWith('TermLens: the lookup-selection command failed;', 'no glossary for this page');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('leaves messages from elsewhere, and messages that are not commands, to other listeners', () => {
    const handle = vi.fn(() => Promise.resolve());
    const answer = commandAnswer(handle);
    expect(answer({ type: 'termlens:command', command: 'next-term' }, { id: 'another-extension' })).toBeUndefined();
    expect(answer({ type: 'termlens:command', command: 'format-disk' }, fromExtension())).toBeUndefined();
    expect(answer({ type: 'termlens:get-page-terms' }, fromExtension())).toBeUndefined();
    expect(handle).not.toHaveBeenCalled();
  });
});
