import { type Page } from 'playwright-core';

/**
 * The accessible name of the focused element: its <label>, aria-label, aria-labelledby or button
 * text. Runs in the page, so it is written as a script (this project has no DOM types).
 */
const focusedLabelScript = `(() => {
  const element = document.activeElement;
  if (!element) return '';
  const labelled = element.getAttribute('aria-labelledby');
  const name =
    (element.labels && element.labels[0] && element.labels[0].textContent) ||
    element.getAttribute('aria-label') ||
    (labelled
      ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
      : '') ||
    (element.tagName === 'BUTTON' ? element.textContent : '') ||
    '';
  return name.trim();
})()`;

const focusedTextScript = `(document.activeElement && document.activeElement.textContent) || ''`;

function focusedLabel(page: Page): Promise<string> {
  return page.evaluate<string>(focusedLabelScript);
}

/**
 * Drives a form with the keyboard alone, the way an officer at a border post without a mouse would:
 * Tab moves forward to the next control with the wanted label, typing fills it, arrows and Enter
 * pick from lists. A control the Tab order never reaches fails the test.
 */
export class Keyboard {
  constructor(private readonly page: Page) {}

  /**
   * Moves forward with Tab to the next control with the label; `focused` instead checks that the
   * focus is already there (a row just added takes the focus on its first input).
   */
  async tabTo(label: RegExp, focused = false, maxPresses = 80): Promise<void> {
    if (focused) {
      const seen = await focusedLabel(this.page);
      if (!label.test(seen)) throw new Error(`Focus is on "${seen}", not ${String(label)}`);
      return;
    }
    for (let press = 0; press < maxPresses; press += 1) {
      await this.page.keyboard.press('Tab');
      if (label.test(await focusedLabel(this.page))) return;
    }
    throw new Error(`Tab never reached a control labelled ${String(label)}`);
  }

  async type(label: RegExp, text: string, focused = false): Promise<void> {
    await this.tabTo(label, focused);
    await this.page.keyboard.type(text);
  }

  /** An autocomplete: type to filter, then take the first offer that matches. */
  async complete(
    label: RegExp,
    text: string,
    option: RegExp = new RegExp(text, 'i'),
  ): Promise<void> {
    await this.type(label, text);
    await this.page.getByRole('option', { name: option }).first().waitFor();
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  /** A select: open it with the keyboard and move down to the option. */
  async choose(label: RegExp, option: RegExp, focused = false): Promise<void> {
    await this.tabTo(label, focused);
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('listbox').waitFor();
    for (let press = 0; press < 40; press += 1) {
      const focused = await this.page.evaluate<string>(focusedTextScript);
      if (option.test(focused)) {
        await this.page.keyboard.press('Enter');
        await this.page.getByRole('listbox').waitFor({ state: 'detached' });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No option ${String(option)} in ${String(label)}`);
  }

  async press(label: RegExp): Promise<void> {
    await this.tabTo(label);
    await this.page.keyboard.press('Enter');
  }
}
