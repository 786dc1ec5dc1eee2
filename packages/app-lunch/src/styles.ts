/**
 * Kouluruoka's own layout, which `defineReactApp` adopts as a constructed stylesheet in the
 * document (or shadow root) the app renders in: the portal's Content-Security-Policy allows no
 * inline `<style>`, and the components bring their own looks. Every class starts with `lunch-`, so
 * nothing else on the page is touched; the sheet leaves with the app.
 */
export const LUNCH_CSS = `
.lunch {
  display: grid;
  gap: var(--d1-space-4);
  color: var(--d1-color-text);
  font-family: var(--d1-font-family);
  line-height: var(--d1-line-height);
}
.lunch-menu {
  display: grid;
  gap: var(--d1-space-5);
}
.lunch h2,
.lunch h3,
.lunch p {
  margin: 0;
}
.lunch-lead {
  color: var(--d1-color-text-muted);
}
.lunch-days {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: var(--d1-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
}
.lunch-today d1-card {
  --d1-card-border: 2px solid var(--d1-color-accent);
  --d1-card-background: var(--d1-color-accent-subtle);
}
.lunch-day-heading {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--d1-space-2);
}
.lunch-dishes {
  display: grid;
  gap: var(--d1-space-3);
  margin: 0;
}
.lunch-dishes dt {
  color: var(--d1-color-text-muted);
  font-size: var(--d1-font-size-s);
  font-weight: var(--d1-font-weight-strong);
}
.lunch-dishes dd {
  margin: 0;
}
.lunch-sides {
  display: grid;
  gap: var(--d1-space-1);
  margin: 0;
  padding: 0;
  list-style: none;
}
.lunch-diets {
  display: inline-flex;
  flex-wrap: wrap;
  gap: var(--d1-space-1);
  margin-inline-start: var(--d1-space-2);
  vertical-align: middle;
}
.lunch-legend dl {
  display: flex;
  flex-wrap: wrap;
  gap: var(--d1-space-2) var(--d1-space-5);
  margin: var(--d1-space-2) 0;
}
.lunch-legend dl > div {
  display: flex;
  align-items: center;
  gap: var(--d1-space-2);
}
.lunch-legend dd {
  margin: 0;
}
.lunch-loading {
  display: grid;
  gap: var(--d1-space-3);
}
`;
