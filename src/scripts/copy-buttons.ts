/**
 * Copy buttons: any <button data-copy="#id"> copies the text of the element it names (or, with
 * data-copy-value, that value), then says "Copied" in its own label for a moment. Buttons are
 * rendered hidden and shown here, because without JavaScript they could do nothing.
 */
function flash(button: HTMLButtonElement, text: string) {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = text;
  setTimeout(() => {
    button.textContent = original;
  }, 2000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function enableCopyButtons(root: ParentNode = document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]:not([data-ready])')) {
    button.dataset.ready = '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = button.dataset.copyValue ?? document.querySelector(button.dataset.copy ?? '')?.textContent?.trim() ?? '';
      flash(button, (await copyText(source)) ? 'Copied' : 'Select and copy the text');
    });
  }
}

enableCopyButtons();
