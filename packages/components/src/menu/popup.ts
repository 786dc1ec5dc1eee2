/**
 * Marks a popup with the class `flip` when it would stick out of the viewport sideways (a
 * `bottom-end` menu placed at the start of a bar, say), so its styles can line it up with the
 * trigger's other edge instead.
 */
export function keepInView(panel: HTMLElement | null): void {
  if (!panel) return;
  panel.classList.remove('flip');
  const { left, right } = panel.getBoundingClientRect();
  if (left < 0 || right > document.documentElement.clientWidth) panel.classList.add('flip');
}
