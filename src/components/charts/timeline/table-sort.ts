/**
 * Makes the timeline table's sortable headers (th[data-sort]) into buttons that reorder the rows
 * by the row's data attribute and keep aria-sort truthful. Ties fall back to date order.
 */
export function enableTableSorting(root: HTMLElement): void {
  for (const header of root.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = header.dataset.sort ?? 'date';
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of root.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
      const value = (row: HTMLTableRowElement) => Number(row.dataset[key === 'date' ? 'start' : key] ?? 0);
      rows.sort((a, b) => (value(a) - value(b) || Number(a.dataset.start) - Number(b.dataset.start)) * (ascending ? 1 : -1));
      root.querySelector('tbody')?.append(...rows);
    });
  }
}
