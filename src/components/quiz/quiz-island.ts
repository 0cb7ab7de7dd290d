import { formatMessage, readMessages, type Messages } from '../../i18n/format-message';
import { decodeAnswers, encodeAnswers } from '../../quiz/answers-fragment';
import { chooseOrganizations, type QuizOrganization } from '../../quiz/choose-organizations';
import { describeWish } from '../../quiz/describe-wish';
import { scoreAnswers } from '../../quiz/score-answers';
import type { QuizQuestion } from '../../quiz/types';

interface QuizData {
  groupTypes: string[];
  questions: QuizQuestion[];
  organizationsOf: Record<string, string[]>;
  organizations: Record<string, QuizOrganization>;
}

/** How many suggestions the results show. */
const SHOWN = 3;
/** How many organizations a suggestion offers (tests/unit/quiz-scoring.test.ts checks the same number). */
const ORGANIZATIONS = 4;

/**
 * <quiz-island>: one question per step, Back and Next, a GOV.UK-style error summary, results
 * with reasons and a "check your answers" list. Answers live only in the URL fragment: each
 * step is a history entry (pushState: no request, no storage), so the browser's Back goes to the
 * previous question. Every word it shows comes from the page: the markup, and the catalogue's
 * messages in data-messages.
 */
class QuizIsland extends HTMLElement {
  #data!: QuizData;
  #messages!: Messages;
  #answers: string[] = [];
  #step = 0;
  /** Set by a Change button: the next answer returns to the results, as GOV.UK's check-answers pattern does. */
  #returnToResults = false;

  connectedCallback() {
    const raw = this.querySelector('[data-quiz-data]')?.textContent;
    if (!raw) return;
    this.#data = JSON.parse(raw) as QuizData;
    this.#messages = readMessages(this);
    this.#el('[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#next();
    });
    // An answer chosen answers the error: the message goes as soon as the person acts on it.
    this.#el('[data-form]').addEventListener('change', () => {
      this.#clearError();
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
    // Printed results carry everything the cards fold away on screen.
    addEventListener('beforeprint', () => {
      for (const details of this.querySelectorAll('details')) details.open = true;
    });
    for (const button of this.querySelectorAll<HTMLElement>('[data-change]')) {
      button.addEventListener('click', () => {
        this.#returnToResults = true;
        this.#go(Number(button.dataset['change']));
      });
    }
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
  #text(key: string, values: Record<string, string | number> = {}): string {
    return formatMessage(this.#messages, key, values, document.documentElement.lang);
  }

  #fieldset(step: number): HTMLElement {
    return this.#el(`[data-question="${this.#data.questions[step]?.id ?? ''}"]`);
  }

  /** Reads the fragment: results, a quiz in progress, a fresh start, or a polite notice. */
  #load(initial: boolean) {
    const decoded = decodeAnswers(location.hash, this.#data.questions);
    const notice = this.#el('[data-notice]');
    notice.hidden = true;
    this.#returnToResults = false;
    if (decoded.status === 'invalid') {
      notice.textContent = this.#text('quiz.invalidLinkNotice');
      notice.hidden = false;
      this.#answers = [];
      for (const input of this.querySelectorAll('input')) input.checked = false;
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      this.#answers = decoded.status === 'valid' ? decoded.answers : [];
    }
    // The answers in the fragment; later questions keep what the person chose before going back.
    this.#answers.forEach((answer, index) => {
      for (const input of this.#fieldset(index).querySelectorAll('input')) input.checked = input.value === answer;
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
    this.#el('[data-back]').hidden = this.#step === 0 || this.#returnToResults;
    this.#el('[data-next]').textContent = this.#text(
      this.#step === this.#data.questions.length - 1 || this.#returnToResults ? 'quiz.seeSuggestions' : 'quiz.next',
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
    const complete =
      this.#step === this.#data.questions.length - 1 ||
      (this.#returnToResults && this.#answers.length === this.#data.questions.length);
    const fragment = `#${encodeAnswers(complete ? this.#answers : this.#answers.slice(0, this.#step + 1))}`;
    // A changed answer replaces the results entry; a step forward is a new entry for Back to return to.
    if (this.#returnToResults) history.replaceState(null, '', fragment);
    else history.pushState(null, '', fragment);
    this.#returnToResults = false;
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
    const { questions, groupTypes, organizationsOf, organizations } = this.#data;
    const fitting = scoreAnswers(questions, groupTypes, this.#answers);
    const suggestions = fitting.slice(0, SHOWN);
    const wish = describeWish(questions, this.#answers, organizationsOf);
    const summary = fitting.length > SHOWN ? 'quiz.fitSummaryMore' : 'quiz.fitSummary';
    this.#el('[data-fit-summary]').textContent = this.#text(summary, { count: fitting.length, shown: SHOWN });
    const list = this.#el('[data-result-list]');
    for (const card of list.querySelectorAll<HTMLElement>('[data-result]')) card.hidden = true;
    for (const suggestion of suggestions) {
      const card = this.#el(`[data-result="${suggestion.groupType}"]`);
      const strength = card.querySelector<HTMLElement>('[data-strength]');
      if (strength) {
        strength.textContent = this.#text(`quiz.strength.${suggestion.strength}`);
        strength.className = `quiz-fit quiz-fit-${suggestion.strength}`;
      }
      card.querySelector('[data-reasons]')?.replaceChildren(
        ...suggestion.reasons.map((reason) => {
          const item = document.createElement('li');
          item.textContent = reason;
          return item;
        }),
      );
      showOrganizations(card, organizations, organizationsOf[suggestion.groupType] ?? [], wish);
      card.hidden = false;
      list.append(card);
    }
    const situationIndex = questions.findIndex((question) => question.situation);
    for (const link of this.querySelectorAll<HTMLElement>('[data-situation-link]'))
      link.hidden = link.dataset['situationLink'] !== this.#answers[situationIndex];
    showLocalFinders(this, wish.topics);
    this.#fillSummary();
    this.#el('[data-form]').hidden = true;
    this.#clearError();
    this.#el('[data-results]').hidden = false;
    if (moveFocus) this.#el('#quiz-results-title').focus();
  }

  /** "Your answers": each question's chosen answer, in the words the person chose it by. */
  #fillSummary() {
    this.#data.questions.forEach((question, index) => {
      const label = this.#fieldset(index).querySelector(
        `label[for="${CSS.escape(`${question.id}-${this.#answers[index] ?? ''}`)}"]`,
      );
      const answer = this.querySelector(`[data-summary="${CSS.escape(question.id)}"] [data-summary-answer]`);
      if (answer) answer.textContent = label?.textContent.trim() ?? '';
    });
  }

  #restart() {
    this.#answers = [];
    this.#returnToResults = false;
    for (const input of this.querySelectorAll('input')) input.checked = false;
    history.pushState(null, '', location.pathname + location.search);
    this.#el('[data-notice]').hidden = true;
    this.#go(0);
  }
}

/** Shows the card's organizations that fit the person (choose-organizations.ts), best first, and hides the rest. */
function showOrganizations(
  card: HTMLElement,
  organizations: Record<string, QuizOrganization>,
  ids: readonly string[],
  wish: ReturnType<typeof describeWish>,
) {
  const list = card.querySelector('.quiz-resources');
  if (!list) return;
  const candidates = ids.flatMap((id) => (organizations[id] ? [organizations[id]] : []));
  const chosen = chooseOrganizations(candidates, wish, ORGANIZATIONS).map(({ id }) => id);
  const items = [...list.querySelectorAll<HTMLElement>('[data-organization]')];
  for (const item of items) item.hidden = !chosen.includes(item.dataset['organization'] ?? '');
  for (const id of chosen) {
    const item = items.find((candidate) => candidate.dataset['organization'] === id);
    if (item) list.append(item);
  }
}

/** Shows the ways to find a group near you that help with the situation (or with any), and the countries that have one. */
function showLocalFinders(root: HTMLElement, topics: readonly string[]) {
  const wanted = new Set([...topics, 'general']);
  for (const country of root.querySelectorAll<HTMLElement>('[data-country]')) {
    let shown = 0;
    for (const way of country.querySelectorAll<HTMLElement>('[data-way-topics]')) {
      way.hidden = !(way.dataset['wayTopics'] ?? '').split(' ').some((topic) => wanted.has(topic));
      if (!way.hidden) shown += 1;
    }
    country.hidden = shown === 0;
  }
}

customElements.define('quiz-island', QuizIsland);
