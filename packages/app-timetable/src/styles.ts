import { css } from 'lit';
import { baseStyles } from '@digione/components';

/**
 * The week reflows with the width of the app's area (a container query, not the window's width,
 * since the portal's navigation takes part of the window): five columns side by side where there
 * is room, one day under another on a phone. Nothing scrolls sideways at 320 CSS px (WCAG 1.4.10).
 * It starts from DigiOne's base (box sizing, font, focus ring, hidden-but-spoken text).
 */
export const timetableStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      color: var(--d1-color-text);
    }
    h2,
    h3,
    p,
    ol,
    dl,
    dd {
      margin: 0;
    }
    .head {
      display: grid;
      gap: var(--d1-space-1);
      margin-block-end: var(--d1-space-4);
    }
    h2 {
      font-size: var(--d1-font-size-xl);
      font-weight: var(--d1-font-weight-strong);
    }
    .owner {
      color: var(--d1-color-text-muted);
      min-block-size: calc(var(--d1-line-height) * 1em);
    }

    .week-nav {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--d1-space-2) var(--d1-space-3);
      margin-block-end: var(--d1-space-4);
    }
    .week-label {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--d1-space-2);
      min-inline-size: 11rem;
    }
    .week-number {
      font-size: var(--d1-font-size-l);
      font-weight: var(--d1-font-weight-strong);
    }
    .range {
      color: var(--d1-color-text-muted);
    }

    .days {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--d1-space-3);
    }
    .day {
      border: 1px solid var(--d1-color-border-subtle);
      border-radius: var(--d1-radius-m);
      background: var(--d1-color-surface);
      padding: var(--d1-space-3);
      min-inline-size: 0;
    }
    .day.today {
      border: 2px solid var(--d1-color-accent);
      background: var(--d1-color-accent-subtle);
    }
    .day h3 {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--d1-space-2);
      font-size: var(--d1-font-size-m);
      font-weight: var(--d1-font-weight-strong);
      margin-block-end: var(--d1-space-2);
    }
    .day h3 .date {
      font-weight: var(--d1-font-weight-normal);
      color: var(--d1-color-text-muted);
    }
    .today-tag {
      font-size: var(--d1-font-size-xs);
      font-weight: var(--d1-font-weight-strong);
      color: var(--d1-color-on-accent);
      background: var(--d1-color-accent);
      border-radius: var(--d1-radius-round);
      padding: 0 var(--d1-space-2);
    }
    /* The accent text on the subtle accent surface stays legible in every theme. */
    .day.today h3 .date {
      color: var(--d1-color-text);
    }

    .lessons {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--d1-space-2);
    }
    .lesson {
      display: grid;
      grid-template-columns: 6.5rem minmax(0, 1fr);
      gap: 0 var(--d1-space-3);
      padding-block: var(--d1-space-2);
      border-block-start: 1px solid var(--d1-color-border-subtle);
    }
    .lesson:first-child {
      border-block-start: 0;
      padding-block-start: 0;
    }
    .time {
      grid-row: span 2;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .subject {
      font-weight: var(--d1-font-weight-strong);
      overflow-wrap: anywhere;
    }
    .details {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--d1-space-3);
      font-size: var(--d1-font-size-s);
    }
    .details div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--d1-space-1);
      min-inline-size: 0;
    }
    .details dt {
      color: var(--d1-color-text-muted);
    }
    .today .details dt {
      color: var(--d1-color-text);
    }
    .details dd {
      overflow-wrap: anywhere;
    }
    .no-lessons {
      color: var(--d1-color-text-muted);
    }
    .today .no-lessons {
      color: var(--d1-color-text);
    }
    .skeleton-day d1-skeleton + d1-skeleton {
      margin-block-start: var(--d1-space-3);
    }

    /* Room for five days side by side: each day is a column, each lesson stacks its lines. */
    @container (min-width: 56rem) {
      .days {
        grid-template-columns: repeat(5, minmax(0, 1fr));
        align-items: start;
      }
      .lesson {
        grid-template-columns: minmax(0, 1fr);
      }
      .time {
        grid-row: auto;
        font-size: var(--d1-font-size-s);
      }
    }

    /* A day's heading while the week loads (a style attribute would break the portal's CSP). */
    .day-heading-placeholder {
      --d1-skeleton-width: 60%;
    }
  `,
];
