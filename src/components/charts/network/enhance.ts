/**
 * <pmf-network>: a year control and a highlight on top of the server-rendered relations network.
 * It never redraws: every actor and relation is already in the SVG at its one fixed position, so
 * changing the year only toggles `data-out` on what did not exist then, and highlighting only
 * toggles classes. The year rule is the one the build used (lib/network/visibility.ts).
 *
 * Linked views: "Show on the timeline" dispatches `pmf:select-actor` (offered only when a timeline
 * is on the page), and a `pmf:select-actor` from elsewhere highlights that actor here.
 */
import { statusText } from '../../../lib/network/describe.ts';
import { actorShown, relationShown } from '../../../lib/network/visibility.ts';

/** A number from a data attribute, or null when the attribute is absent (not known). */
function yearAttribute(element: Element, name: string): number | null {
  const value = element.getAttribute(name);
  return value === null || value === '' ? null : Number(value);
}

class PmfNetwork extends HTMLElement {
  private first = 0;
  private last = 0;
  private year = 0;
  private focusId = '';
  private input: HTMLInputElement | null = null;
  private output: HTMLOutputElement | null = null;
  private steps: HTMLButtonElement[] = [];
  private select: HTMLSelectElement | null = null;
  private timelineButton: HTMLButtonElement | null = null;

  connectedCallback() {
    this.first = Number(this.dataset.first);
    this.last = Number(this.dataset.last);
    this.year = Number(this.dataset.year);
    this.input = this.querySelector<HTMLInputElement>('[data-year-input]');
    this.output = this.querySelector<HTMLOutputElement>('[data-year-output]');
    this.steps = [...this.querySelectorAll<HTMLButtonElement>('button[data-step]')];
    this.select = this.querySelector<HTMLSelectElement>('[data-focus-select]');
    this.timelineButton = this.querySelector<HTMLButtonElement>('[data-show-on-timeline]');
    if (!this.input || !Number.isFinite(this.first) || !Number.isFinite(this.last)) return;

    this.querySelector('[data-controls]')?.removeAttribute('hidden');
    this.input.addEventListener('input', () => this.setYear(Number(this.input?.value)));
    for (const button of this.steps) {
      button.addEventListener('click', () => this.setYear(this.year + Number(button.dataset.step)));
    }
    this.select?.addEventListener('change', () => this.setFocus(this.select?.value ?? ''));
    // Only offer the linked view when there is a timeline to receive it.
    if (this.timelineButton && document.querySelector('pmf-timeline')) {
      this.timelineButton.addEventListener('click', () => {
        if (this.focusId) document.dispatchEvent(new CustomEvent('pmf:select-actor', { detail: { actor: this.focusId } }));
      });
    }
    document.addEventListener('pmf:select-actor', this.onSelectActor);
    this.wireHover();
    this.updateSteps();
  }

  disconnectedCallback() {
    document.removeEventListener('pmf:select-actor', this.onSelectActor);
  }

  private onSelectActor = (event: Event) => {
    const actor = (event as CustomEvent<{ actor?: unknown }>).detail?.actor;
    if (typeof actor === 'string' && actor !== this.focusId && this.querySelector(`[data-node="${CSS.escape(actor)}"]`)) {
      if (this.select) this.select.value = actor;
      this.setFocus(actor);
    }
  };

  /** Shows the network as of a year: toggles data-out on actors and relations, then says what is shown. */
  private setYear(requested: number) {
    if (!Number.isFinite(requested)) return;
    const year = Math.min(this.last, Math.max(this.first, Math.round(requested)));
    this.year = year;
    if (this.input && this.input.value !== String(year)) this.input.value = String(year);
    if (this.output) this.output.value = String(year);
    this.dataset.year = String(year);

    const shownActors = new Set<string>();
    const allActors = new Set<string>();
    for (const node of this.querySelectorAll('[data-node]')) {
      const id = node.getAttribute('data-node') ?? '';
      allActors.add(id);
      const shown = actorShown(yearAttribute(node, 'data-founded'), year);
      node.toggleAttribute('data-out', !shown);
      if (shown) shownActors.add(id);
    }
    const shownRelations = new Set<string>();
    const allRelations = new Set<string>();
    for (const edge of this.querySelectorAll('[data-edge]')) {
      const id = edge.getAttribute('data-edge') ?? '';
      allRelations.add(id);
      const shown =
        relationShown(yearAttribute(edge, 'data-start'), yearAttribute(edge, 'data-end'), year) &&
        shownActors.has(edge.getAttribute('data-source') ?? '') &&
        shownActors.has(edge.getAttribute('data-target') ?? '');
      edge.toggleAttribute('data-out', !shown);
      if (shown) shownRelations.add(id);
    }
    const status = this.querySelector('[data-status]');
    if (status) {
      status.textContent = statusText(
        year,
        { actors: shownActors.size, relations: shownRelations.size },
        { actors: allActors.size, relations: allRelations.size },
      );
    }
    this.updateSteps();
  }

  /** At either end the step button says so with aria-disabled, not disabled, so it keeps keyboard focus. */
  private updateSteps() {
    for (const button of this.steps) {
      const step = Number(button.dataset.step);
      const atEnd = (step < 0 && this.year <= this.first) || (step > 0 && this.year >= this.last);
      button.setAttribute('aria-disabled', String(atEnd));
    }
  }

  /** Lights an actor, its neighbours and the relations between them; '' clears the highlight. */
  private setFocus(id: string) {
    this.focusId = id;
    this.light(id);
    if (this.timelineButton) this.timelineButton.hidden = !id || !document.querySelector('pmf-timeline');
  }

  private light(id: string) {
    for (const svg of this.querySelectorAll('svg.network-svg')) {
      svg.classList.toggle('has-focus', id !== '');
      const lit = new Set(id ? [id] : []);
      for (const edge of svg.querySelectorAll('[data-edge]')) {
        const touches = id !== '' && (edge.getAttribute('data-source') === id || edge.getAttribute('data-target') === id);
        edge.classList.toggle('is-lit', touches);
        if (touches) {
          lit.add(edge.getAttribute('data-source') ?? '');
          lit.add(edge.getAttribute('data-target') ?? '');
        }
      }
      for (const node of svg.querySelectorAll('[data-node]'))
        node.classList.toggle('is-lit', lit.has(node.getAttribute('data-node') ?? ''));
    }
  }

  /** Pointing at or tabbing to an actor previews its relations; leaving returns to the chosen highlight. */
  private wireHover() {
    for (const node of this.querySelectorAll<SVGElement>('[data-node]')) {
      const id = node.getAttribute('data-node') ?? '';
      node.addEventListener('pointerenter', () => this.light(id));
      node.addEventListener('pointerleave', () => this.light(this.focusId));
      node.addEventListener('focus', () => this.light(id));
      node.addEventListener('blur', () => this.light(this.focusId));
    }
  }
}

if (!customElements.get('pmf-network')) customElements.define('pmf-network', PmfNetwork);
