import { formatMessage, readMessages, type Messages } from '../../i18n/format-message';
import { decodeAnswers, encodeAnswers } from '../../quiz/answers-fragment';
import { scoreAnswers } from '../../quiz/score-answers';
import type { QuizQuestion } from '../../quiz/types';

interface QuizData {
  groupTypes: string[];
  questions: QuizQuestion[];
}

/** How many suggestions the results show. */
const SHOWN = 3;

/**
 * <quiz-island>: one question per step, Back and Next, a GOV.UK-style error summary, results
 * with reasons. Answers live only in the URL fragment (replaceState: no request, no storage).
 * Every word it shows comes from the page: the markup, and the catalogue's messages in data-messages.
 */
class QuizIsland extends HTMLElement {
  #data!: QuizData;
  #messages!: Messages;
  #answers: string[] = [];
  #step = 0;

  connectedCallback() {
    const raw = this.querySelector('[data-quiz-data]')?.textContent;
    if (!raw) return;
    this.#data = JSON.parse(raw) as QuizData;
    this.#messages = readMessages(this);
    this.#el('[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#next();
    });
    this.#el('[data-back]').addEventListener('click', () => {
      this.#go(this.#step - 1);
    });
    this.#el('[data-restart]').addEventListener('click', () => {
      this.#restart();
    });
    this.#el('[data-print]').addEventListener('click', () => {
      print();
    });
    this.#el('[data-error-link]').addEventListener('click', (event) => {
      event.preventDefault();
      this.#fieldset(this.#step).querySelector('input')?.focus();
    });
    addEventListener('hashchange', () => {
      this.#load(false);
    });
    this.#load(true);
  }

  #el(selector: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`quiz-island: missing ${selector}`);
    return element;
  }

  /** A message of the catalogue, in the page's language. */
  #text(key: string): string {
    return formatMessage(this.#messages, key, {}, document.documentElement.lang);
  }

  #fieldset(step: number): HTMLElement {
    return this.#el(`[data-question="${this.#data.questions[step]?.id ?? ''}"]`);
  }

  /** Reads the fragment: results, a quiz in progress, a fresh start, or a polite notice. */
  #load(initial: boolean) {
    const decoded = decodeAnswers(location.hash, this.#data.questions);
    const notice = this.#el('[data-notice]');
    notice.hidden = true;
    if (decoded.status === 'invalid') {
      notice.textContent = this.#text('quiz.invalidLinkNotice');
      notice.hidden = false;
      this.#answers = [];
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      this.#answers = decoded.status === 'valid' ? decoded.answers : [];
    }
    this.#data.questions.forEach((_question, index) => {
      for (const input of this.#fieldset(index).querySelectorAll('input'))
        input.checked = input.value === this.#answers[index];
    });
    if (this.#answers.length === this.#data.questions.length) this.#showResults(!initial);
    else this.#go(this.#answers.length, !initial);
  }

  #go(step: number, moveFocus = true) {
    this.#step = Math.max(0, Math.min(step, this.#data.questions.length - 1));
    this.#clearError();
    this.#el('[data-results]').hidden = true;
    this.#el('[data-form]').hidden = false;
    this.#data.questions.forEach((_question, index) => {
      this.#fieldset(index).hidden = index !== this.#step;
    });
    this.#el('[data-back]').hidden = this.#step === 0;
    this.#el('[data-next]').textContent = this.#text(
      this.#step === this.#data.questions.length - 1 ? 'quiz.seeSuggestions' : 'quiz.next',
    );
    if (moveFocus) this.#fieldset(this.#step).querySelector<HTMLElement>('.quiz-prompt')?.focus();
  }

  #next() {
    const chosen = this.#fieldset(this.#step).querySelector<HTMLInputElement>('input:checked');
    if (!chosen) {
      this.#showError();
      return;
    }
    this.#answers = [...this.#answers.slice(0, this.#step), chosen.value];
    // Keep later answers the person already gave, so Back then Next loses nothing.
    for (let index = this.#step + 1; index < this.#data.questions.length; index += 1) {
      const kept = this.#fieldset(index).querySelector<HTMLInputElement>('input:checked');
      if (!kept) break;
      this.#answers.push(kept.value);
    }
    const answered = this.#answers.slice(0, this.#step + 1);
    const complete = this.#step === this.#data.questions.length - 1;
    history.replaceState(null, '', `#${encodeAnswers(complete ? this.#answers : answered)}`);
    if (complete) this.#showResults(true);
    else this.#go(this.#step + 1);
  }

  #showError() {
    const fieldset = this.#fieldset(this.#step);
    fieldset.classList.add('quiz-question-error');
    this.#el(`#${CSS.escape(`${fieldset.dataset['question'] ?? ''}-error`)}`).hidden = false;
    const summary = this.#el('[data-error-summary]');
    summary.hidden = false;
    const first = fieldset.querySelector('input');
    this.#el('[data-error-link]').setAttribute('href', `#${first?.id ?? ''}`);
    summary.focus();
  }

  #clearError() {
    this.#el('[data-error-summary]').hidden = true;
    for (const fieldset of this.querySelectorAll('.quiz-question-error'))
      fieldset.classList.remove('quiz-question-error');
    for (const message of this.querySelectorAll<HTMLElement>('.quiz-error-message')) message.hidden = true;
  }

  #showResults(moveFocus: boolean) {
    const suggestions = scoreAnswers(this.#data.questions, this.#data.groupTypes, this.#answers).slice(0, SHOWN);
    const list = this.#el('[data-result-list]');
    // The answers that say how the person wants to meet (content/quiz marks them with `meets`).
    const wanted = this.#data.questions.flatMap(
      (question, index) => question.options.find((option) => option.id === this.#answers[index])?.meets ?? [],
    );
    for (const card of list.querySelectorAll<HTMLElement>('[data-result]')) card.hidden = true;
    for (const suggestion of suggestions) {
      const card = this.#el(`[data-result="${suggestion.groupType}"]`);
      const reasons = card.querySelector('[data-reasons]');
      reasons?.replaceChildren(
        ...suggestion.reasons.map((reason) => {
          const item = document.createElement('li');
          item.textContent = reason;
          return item;
        }),
      );
      filterResources(card, wanted);
      card.hidden = false;
      list.append(card);
    }
    this.#el('[data-form]').hidden = true;
    this.#clearError();
    this.#el('[data-results]').hidden = false;
    if (moveFocus) this.#el('#quiz-results-title').focus();
  }

  #restart() {
    this.#answers = [];
    for (const input of this.querySelectorAll('input')) input.checked = false;
    history.replaceState(null, '', location.pathname + location.search);
    this.#el('[data-notice]').hidden = true;
    this.#go(0);
  }
}

/** Shows the resources that offer one of the wanted ways of meeting; if none do, shows them all. */
function filterResources(card: HTMLElement, wanted: readonly string[]) {
  const items = [...card.querySelectorAll<HTMLElement>('[data-formats]')];
  const matches = (item: HTMLElement) =>
    wanted.some((value) => (item.dataset['formats'] ?? '').split(' ').includes(value));
  const anyMatch = wanted.length > 0 && items.some(matches);
  for (const item of items) item.hidden = anyMatch && !matches(item);
}

customElements.define('quiz-island', QuizIsland);
