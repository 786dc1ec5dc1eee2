// Generated from custom-elements.json by scripts/jsx-types.ts (npm run jsx); do not edit.
/**
 * JSX typings of DigiOne's elements for React 19, from the components' manifest. In a React app:
 *
 *   import '@digione/components/jsx';
 *   import '@digione/components/button/define';
 *
 *   <d1-button variant="secondary" onClick={save}>Tallenna</d1-button>
 *   <d1-error-panel heading-level={3} noRetry={!canRetry} ond1-retry={retry} />
 *
 * React 19 sets a prop as a property when the element has one by that name, so define the elements
 * (import their `define` modules) before the app renders them; attributes go by their own names
 * (`heading-level`). `on<event>` listens to a DigiOne event by its name (`ond1-retry`); React's
 * own `onClick`, `onInput` and `onChange` hear the native events.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  D1Alert,
  D1AppSwitcher,
  D1Avatar,
  D1Badge,
  D1Button,
  D1Card,
  D1Dialog,
  D1EmptyState,
  D1ErrorPanel,
  D1Icon,
  D1LanguagePicker,
  D1Menu,
  D1MenuGroup,
  D1MenuItem,
  D1Progress,
  D1Select,
  D1Skeleton,
  D1Spinner,
  D1Tab,
  D1TabPanel,
  D1Tabs,
  D1TextField,
  D1ToastStack,
  D1UserMenu,
} from '@digione/components';

/** The event a DigiOne event listener receives: its own class, as the page's event map names it. */
type D1EventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[N]
  : Event;

/** An element's props: its own, then the HTML attributes React knows, `class` and a ref. */
type D1ElementProps<E extends HTMLElement, Own> = Own &
  Omit<HTMLAttributes<E>, keyof Own> &
  RefAttributes<E> & { class?: string | undefined };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /**
       * `<d1-alert>` (D1Alert): Alerts tell the user something in context. Set `live` on one that appears dynamically, so
       * screen readers announce it.
       *
       * - children: The message.
       */
      'd1-alert': D1ElementProps<
        D1Alert,
        {
          /**
           * The kind of message: `info`, `success`, `warning` or `danger`. Sets the colours and icon.
           * @defaultValue 'info'
           */
          variant?: D1Alert['variant'] | undefined;
          /**
           * An optional short heading, shown in bold above the message.
           * @defaultValue ''
           */
          heading?: D1Alert['heading'] | undefined;
          /**
           * Shows a close button; closing hides the alert and fires `d1-dismiss`.
           * @defaultValue false
           */
          dismissible?: D1Alert['dismissible'] | undefined;
          /**
           * Announces the alert (`role="alert"`). Use it for messages that appear after the page has loaded,
           * such as a failed save; leave it off for messages present from the start.
           * @defaultValue false
           */
          live?: D1Alert['live'] | undefined;
          /** Accessible name of the close button. Defaults to "Close" in the current language. */
          closeLabel?: D1Alert['closeLabel'] | undefined;
          /** As an attribute, the `closeLabel` property: Accessible name of the close button. Defaults to "Close" in the current language. */
          'close-label'?: D1Alert['closeLabel'] | undefined;
          /** Listens to `d1-dismiss`: The user closed the alert with its close button; the alert is then hidden. */
          'ond1-dismiss'?: ((event: D1EventOf<'d1-dismiss'>) => void) | undefined;
        }
      >;
      /** `<d1-app-switcher>` (D1AppSwitcher): Switches between the portal's apps: Wilma-like messages, schedule, assessment and more. */
      'd1-app-switcher': D1ElementProps<
        D1AppSwitcher,
        {
          /**
           * The apps to show, in order.
           * @defaultValue []
           */
          apps?: D1AppSwitcher['apps'] | undefined;
          /**
           * The id of the app the user is in; its tile is marked `aria-current="page"`.
           * @defaultValue ''
           */
          current?: D1AppSwitcher['current'] | undefined;
          /**
           * Shows the grid in place instead of behind a button.
           * @defaultValue false
           */
          inline?: D1AppSwitcher['inline'] | undefined;
          /**
           * Whether the popup is open (without `inline`).
           * @defaultValue false
           */
          open?: D1AppSwitcher['open'] | undefined;
          /**
           * Accessible name of the button and the grid. Defaults to "Sovellukset" in the current language.
           * @defaultValue ''
           */
          label?: D1AppSwitcher['label'] | undefined;
          /**
           * Shown when `apps` is empty. Defaults to "Ei sovelluksia" in the current language.
           * @defaultValue ''
           */
          emptyLabel?: D1AppSwitcher['emptyLabel'] | undefined;
          /** As an attribute, the `emptyLabel` property: Shown when `apps` is empty. Defaults to "Ei sovelluksia" in the current language. */
          'empty-label'?: D1AppSwitcher['emptyLabel'] | undefined;
          /** Listens to `d1-app-select`: A tile was clicked; `appId` and `href` name it. Cancel it to keep the link from being followed (the shell routes itself). Not fired for clicks that open a new tab or window. */
          'ond1-app-select'?: ((event: D1EventOf<'d1-app-select'>) => void) | undefined;
          /** Listens to `d1-open`: The popup opened. */
          'ond1-open'?: ((event: D1EventOf<'d1-open'>) => void) | undefined;
          /** Listens to `d1-close`: The popup closed. */
          'ond1-close'?: ((event: D1EventOf<'d1-close'>) => void) | undefined;
        }
      >;
      /**
       * `<d1-avatar>` (D1Avatar): Avatars show who sent a message or who is signed in. The name is the accessible name;
       * set `decorative` when the name is already written beside the avatar.
       */
      'd1-avatar': D1ElementProps<
        D1Avatar,
        {
          /**
           * The person's full name: the accessible name, and the source of the initials.
           * @defaultValue ''
           */
          name?: D1Avatar['name'] | undefined;
          /** URL of a picture of the person. Initials are shown instead if it is missing or fails to load. */
          src?: D1Avatar['src'] | undefined;
          /**
           * `s`, `m` (default) or `l`.
           * @defaultValue 'm'
           */
          size?: D1Avatar['size'] | undefined;
          /**
           * Hides the avatar from assistive technology, for when the name is shown beside it.
           * @defaultValue false
           */
          decorative?: D1Avatar['decorative'] | undefined;
        }
      >;
      /**
       * `<d1-badge>` (D1Badge): Badges show a status or a number beside something else. A count alone needs `label`,
       * which is spoken instead of the bare number.
       *
       * - children: The badge's text. Ignored when `count` is set.
       */
      'd1-badge': D1ElementProps<
        D1Badge,
        {
          /**
           * The colour by meaning: `neutral`, `accent`, `success`, `warning` or `danger`.
           * @defaultValue 'neutral'
           */
          variant?: D1Badge['variant'] | undefined;
          /** A number to show instead of the slotted text. Above `max` it shows as "99+". */
          count?: D1Badge['count'] | undefined;
          /**
           * The largest count shown as such; larger counts show as `max` followed by "+".
           * @defaultValue 99
           */
          max?: D1Badge['max'] | undefined;
          /**
           * The badge's accessible name, spoken instead of the visible text ("3 lukematonta viestiä").
           * Required when the badge shows only a count: a bare number means nothing when heard.
           */
          label?: D1Badge['label'] | undefined;
        }
      >;
      /**
       * `<d1-button>` (D1Button): Buttons start actions: save, send, sign in. With `href` it navigates instead.
       *
       * - children: The button's label.
       * - `slot="prefix"`: An icon or element before the label.
       * - `slot="suffix"`: An icon or element after the label.
       */
      'd1-button': D1ElementProps<
        D1Button,
        {
          /**
           * The visual weight: `primary` for the main action of a view, `secondary`, `ghost` or `danger`.
           * @defaultValue 'primary'
           */
          variant?: D1Button['variant'] | undefined;
          /**
           * `s`, `m` or `l`. Every size keeps at least a 32 px target; `m` and `l` meet 44 px.
           * @defaultValue 'm'
           */
          size?: D1Button['size'] | undefined;
          /**
           * Disables the button, as the native attribute does.
           * @defaultValue false
           */
          disabled?: D1Button['disabled'] | undefined;
          /**
           * Shows a spinner, marks the button busy and ignores presses until cleared.
           * @defaultValue false
           */
          loading?: D1Button['loading'] | undefined;
          /**
           * The button's role in a form: `button`, `submit` or `reset`.
           * @defaultValue 'button'
           */
          type?: D1Button['type'] | undefined;
          /** Renders a link styled as a button. Ignored while disabled. */
          href?: D1Button['href'] | undefined;
          /** Link target, with `href`. */
          target?: D1Button['target'] | undefined;
          /** Spoken while loading. Defaults to "Loading…" in the current language. */
          loadingLabel?: D1Button['loadingLabel'] | undefined;
          /**
           * Stretches the button to the width of its container.
           * @defaultValue false
           */
          fullWidth?: D1Button['fullWidth'] | undefined;
          /** As an attribute, the `loadingLabel` property: Spoken while loading. Defaults to "Loading…" in the current language. */
          'loading-label'?: D1Button['loadingLabel'] | undefined;
          /** As an attribute, the `fullWidth` property: Stretches the button to the width of its container. */
          'full-width'?: D1Button['fullWidth'] | undefined;
        }
      >;
      /**
       * `<d1-card>` (D1Card): Cards group a heading, a picture, text and actions. With `href` the whole card is one
       * link, named by its heading: the card is clickable anywhere but only the link takes focus.
       *
       * - `slot="media"`: A picture or illustration, shown at the top edge to edge. Give it alt text, or `alt=""` when decorative.
       * - `slot="heading"`: The card's heading, as plain text (not an `<h3>`: the card supplies the heading role and level). With `href` it is the link text.
       * - children: The card's content.
       * - `slot="footer"`: Actions or meta data. Buttons and links here stay clickable on a linked card; put no other interactive elements in a linked card.
       */
      'd1-card': D1ElementProps<
        D1Card,
        {
          /** Makes the whole card one link to this URL; the heading is the link text. */
          href?: D1Card['href'] | undefined;
          /**
           * The heading's level, 2–6 (default 3), to fit the page's heading outline.
           * @defaultValue 3
           */
          headingLevel?: D1Card['headingLevel'] | undefined;
          /** As an attribute, the `headingLevel` property: The heading's level, 2–6 (default 3), to fit the page's heading outline. */
          'heading-level'?: D1Card['headingLevel'] | undefined;
        }
      >;
      /**
       * `<d1-dialog>` (D1Dialog): Dialogs ask for a decision or a short task without leaving the page. Escape and the close
       * button close it; a click on the backdrop does only with `light-dismiss`.
       *
       * - children: The content.
       * - `slot="footer"`: Actions, such as "Cancel" and "Send". An element with `data-d1-close` closes the dialog when clicked, with the attribute's value (or its `value`) as the action.
       */
      'd1-dialog': D1ElementProps<
        D1Dialog,
        {
          /**
           * Whether the dialog is open. Setting it opens or closes the dialog.
           * @defaultValue false
           */
          open?: D1Dialog['open'] | undefined;
          /**
           * The dialog's heading, which is also its accessible name. Required.
           * @defaultValue ''
           */
          label?: D1Dialog['label'] | undefined;
          /** Accessible name of the close button. Defaults to "Close" in the current language. */
          closeLabel?: D1Dialog['closeLabel'] | undefined;
          /**
           * Closes the dialog when the backdrop outside it is clicked.
           * @defaultValue false
           */
          lightDismiss?: D1Dialog['lightDismiss'] | undefined;
          /** As an attribute, the `closeLabel` property: Accessible name of the close button. Defaults to "Close" in the current language. */
          'close-label'?: D1Dialog['closeLabel'] | undefined;
          /** As an attribute, the `lightDismiss` property: Closes the dialog when the backdrop outside it is clicked. */
          'light-dismiss'?: D1Dialog['lightDismiss'] | undefined;
          /** Listens to `d1-open`: The dialog opened. */
          'ond1-open'?: ((event: D1EventOf<'d1-open'>) => void) | undefined;
          /** Listens to `d1-close`: The dialog closed; `action` is the value given to `close()` or the `data-d1-close` of the element that closed it, and empty when it was dismissed (Escape, the close button, the backdrop). */
          'ond1-close'?: ((event: D1EventOf<'d1-close'>) => void) | undefined;
        }
      >;
      /**
       * `<d1-empty-state>` (D1EmptyState): Empty states explain an empty list ("Ei uusia viestejä") and offer the next step.
       *
       * - children: The description: why the view is empty and what the user can do.
       * - `slot="actions"`: Buttons or links for the next step.
       */
      'd1-empty-state': D1ElementProps<
        D1EmptyState,
        {
          /**
           * A `d1-icon` name; decorative. Set it to an empty string for no icon.
           * @defaultValue 'inbox'
           */
          icon?: D1EmptyState['icon'] | undefined;
          /**
           * The heading ("Ei uusia viestejä").
           * @defaultValue ''
           */
          heading?: D1EmptyState['heading'] | undefined;
          /**
           * The heading's level, 1–6 (default 2), to fit the page's heading outline.
           * @defaultValue 2
           */
          headingLevel?: D1EmptyState['headingLevel'] | undefined;
          /** As an attribute, the `headingLevel` property: The heading's level, 1–6 (default 2), to fit the page's heading outline. */
          'heading-level'?: D1EmptyState['headingLevel'] | undefined;
        }
      >;
      /**
       * `<d1-error-panel>` (D1ErrorPanel): Error panels replace a failed view. Screen readers announce the panel when it appears.
       *
       * - children: The explanation; overrides `message`.
       */
      'd1-error-panel': D1ElementProps<
        D1ErrorPanel,
        {
          /** The heading. Defaults to "Something went wrong" in the current language. */
          heading?: D1ErrorPanel['heading'] | undefined;
          /**
           * The explanation, as plain text, when nothing is slotted.
           * @defaultValue ''
           */
          message?: D1ErrorPanel['message'] | undefined;
          /**
           * Technical details (an error code, a request id), shown collapsed under "Technical details".
           * @defaultValue ''
           */
          details?: D1ErrorPanel['details'] | undefined;
          /**
           * The level of the heading, 1–6, to fit the page's outline.
           * @defaultValue 2
           */
          headingLevel?: D1ErrorPanel['headingLevel'] | undefined;
          /** Label of the retry button. Defaults to "Try again" in the current language. */
          retryLabel?: D1ErrorPanel['retryLabel'] | undefined;
          /** Summary of the technical details. Defaults to "Technical details" in the current language. */
          detailsLabel?: D1ErrorPanel['detailsLabel'] | undefined;
          /**
           * Puts the retry button in its loading state while a retry is under way.
           * @defaultValue false
           */
          retrying?: D1ErrorPanel['retrying'] | undefined;
          /**
           * Hides the retry button, for failures that trying again cannot fix.
           * @defaultValue false
           */
          noRetry?: D1ErrorPanel['noRetry'] | undefined;
          /** As an attribute, the `headingLevel` property: The level of the heading, 1–6, to fit the page's outline. */
          'heading-level'?: D1ErrorPanel['headingLevel'] | undefined;
          /** As an attribute, the `retryLabel` property: Label of the retry button. Defaults to "Try again" in the current language. */
          'retry-label'?: D1ErrorPanel['retryLabel'] | undefined;
          /** As an attribute, the `detailsLabel` property: Summary of the technical details. Defaults to "Technical details" in the current language. */
          'details-label'?: D1ErrorPanel['detailsLabel'] | undefined;
          /** As an attribute, the `noRetry` property: Hides the retry button, for failures that trying again cannot fix. */
          'no-retry'?: D1ErrorPanel['noRetry'] | undefined;
          /** Listens to `d1-retry`: The retry button was pressed (not while `retrying`). */
          'ond1-retry'?: ((event: D1EventOf<'d1-retry'>) => void) | undefined;
        }
      >;
      /** `<d1-icon>` (D1Icon): Icons are decorative by default; give `label` when the icon alone carries meaning. */
      'd1-icon': D1ElementProps<
        D1Icon,
        {
          /**
           * Which icon to draw: one of `ICON_NAMES`. An unknown name draws nothing and warns once.
           * @defaultValue ''
           */
          name?: D1Icon['name'] | undefined;
          /**
           * The icon's accessible name. Without it the icon is hidden from assistive technology, as an icon
           * beside visible text should be.
           * @defaultValue ''
           */
          label?: D1Icon['label'] | undefined;
        }
      >;
      /** `<d1-language-picker>` (D1LanguagePicker): Lets the user choose the portal's language: suomi, svenska or English. */
      'd1-language-picker': D1ElementProps<
        D1LanguagePicker,
        {
          /**
           * The current language: `fi`, `sv` or `en`.
           * @defaultValue DEFAULT_LOCALE
           */
          locale?: D1LanguagePicker['locale'] | undefined;
          /**
           * Spoken before the language in the button's name. Defaults to "Kieli" in the current language.
           * @defaultValue ''
           */
          label?: D1LanguagePicker['label'] | undefined;
          /**
           * Whether the menu is open.
           * @defaultValue false
           */
          open?: D1LanguagePicker['open'] | undefined;
          /** Listens to `d1-locale-change`: The user chose a different language; `locale` is `fi`, `sv` or `en`. The picker's `locale` is already updated; switching the page's language is up to the listener. */
          'ond1-locale-change'?: ((event: D1EventOf<'d1-locale-change'>) => void) | undefined;
          /** Listens to `d1-open`: The menu opened. */
          'ond1-open'?: ((event: D1EventOf<'d1-open'>) => void) | undefined;
          /** Listens to `d1-close`: The menu closed. */
          'ond1-close'?: ((event: D1EventOf<'d1-close'>) => void) | undefined;
        }
      >;
      /**
       * `<d1-menu>` (D1Menu): A button that opens a menu of actions or options.
       *
       * - children: The `<d1-menu-item>` and `<d1-menu-group>` elements.
       * - `slot="label"`: Rich content of the trigger button (text, icons, initials), in place of `label` and `icon`. Phrasing content only: it sits inside a button. Give `trigger-label` with it when the content alone does not name the button well.
       * - `slot="header"`: Non-interactive content shown above the items in the popup, such as who is signed in.
       */
      'd1-menu': D1ElementProps<
        D1Menu,
        {
          /**
           * Whether the menu is open.
           * @defaultValue false
           */
          open?: D1Menu['open'] | undefined;
          /**
           * The trigger's visible text and, unless `trigger-label` is given, its accessible name.
           * @defaultValue ''
           */
          label?: D1Menu['label'] | undefined;
          /**
           * An icon before the trigger's label: one of `ICON_NAMES`.
           * @defaultValue ''
           */
          icon?: D1Menu['icon'] | undefined;
          /**
           * Hides `label` visually (an icon-only trigger); it stays the trigger's accessible name.
           * @defaultValue false
           */
          hideLabel?: D1Menu['hideLabel'] | undefined;
          /**
           * The trigger's accessible name when it should say more than the visible label, for example
           * "Kieli: suomi" for a trigger showing "suomi". Start it with, or include, the visible text.
           * @defaultValue ''
           */
          triggerLabel?: D1Menu['triggerLabel'] | undefined;
          /**
           * Where the popup opens: `bottom-start` lines it up with the trigger's start edge, `bottom-end` with
           * its end edge (for menus at the end of a bar).
           * @defaultValue 'bottom-start'
           */
          placement?: D1Menu['placement'] | undefined;
          /**
           * Disables the trigger.
           * @defaultValue false
           */
          disabled?: D1Menu['disabled'] | undefined;
          /** As an attribute, the `hideLabel` property: Hides `label` visually (an icon-only trigger); it stays the trigger's accessible name. */
          'hide-label'?: D1Menu['hideLabel'] | undefined;
          /**
           * As an attribute, the `triggerLabel` property: The trigger's accessible name when it should say more than the visible label, for example
           * "Kieli: suomi" for a trigger showing "suomi". Start it with, or include, the visible text.
           */
          'trigger-label'?: D1Menu['triggerLabel'] | undefined;
          /** Listens to `d1-select`: An item was chosen; dispatched on the item, bubbles and is cancelable. `value` is the item's value. Unless cancelled, radio and checkbox items update `checked` and the menu closes. */
          'ond1-select'?: ((event: D1EventOf<'d1-select'>) => void) | undefined;
          /** Listens to `d1-open`: The menu opened. */
          'ond1-open'?: ((event: D1EventOf<'d1-open'>) => void) | undefined;
          /** Listens to `d1-close`: The menu closed; `action` is the chosen item's value, or empty. */
          'ond1-close'?: ((event: D1EventOf<'d1-close'>) => void) | undefined;
        }
      >;
      /**
       * `<d1-menu-group>` (D1MenuGroup): Groups split a menu into sections, such as "Acting as" and its choices.
       *
       * - children: The group's `<d1-menu-item>` elements.
       */
      'd1-menu-group': D1ElementProps<
        D1MenuGroup,
        {
          /**
           * The group's name: shown as its heading and spoken as the group's label.
           * @defaultValue ''
           */
          label?: D1MenuGroup['label'] | undefined;
        }
      >;
      /**
       * `<d1-menu-item>` (D1MenuItem): A menu item is focused and chosen with the keyboard or the pointer; its parent
       * `<d1-menu>` manages focus, checking and events.
       *
       * - children: The item's label. Its first letters are what typeahead matches.
       * - `slot="description"`: A second, smaller line under the label.
       */
      'd1-menu-item': D1ElementProps<
        D1MenuItem,
        {
          /**
           * `normal` for an action (role `menuitem`), `radio` for one of a set of options
           * (`menuitemradio`; the set is the enclosing `<d1-menu-group>` or the menu) or `checkbox` for an
           * option that is on or off (`menuitemcheckbox`).
           * @defaultValue 'normal'
           */
          type?: D1MenuItem['type'] | undefined;
          /**
           * Whether a `radio` or `checkbox` item is checked. Choosing the item updates it.
           * @defaultValue false
           */
          checked?: D1MenuItem['checked'] | undefined;
          /**
           * The value sent in `d1-select` when the item is chosen. Defaults to the item's text.
           * @defaultValue ''
           */
          value?: D1MenuItem['value'] | undefined;
          /**
           * Keeps the item in the menu (focusable, as the ARIA practices advise) but unchoosable.
           * @defaultValue false
           */
          disabled?: D1MenuItem['disabled'] | undefined;
          /**
           * An icon before the label: one of `ICON_NAMES`.
           * @defaultValue ''
           */
          icon?: D1MenuItem['icon'] | undefined;
        }
      >;
      /**
       * `<d1-progress>` (D1Progress): Progress bars show how much of an upload, a download or a form is done. `label` names
       * the bar and is shown above it unless `hide-label` is set.
       */
      'd1-progress': D1ElementProps<
        D1Progress,
        {
          /** How much is done, from 0 to `max`. Leave it unset while the amount is unknown (indeterminate). */
          value?: D1Progress['value'] | undefined;
          /**
           * The value that means done. Defaults to 100.
           * @defaultValue 100
           */
          max?: D1Progress['max'] | undefined;
          /**
           * The bar's accessible name, shown above the bar ("Liitteen lataus"). Required.
           * @defaultValue ''
           */
          label?: D1Progress['label'] | undefined;
          /**
           * Keeps the label (and the percentage) out of sight; it is still the bar's accessible name.
           * @defaultValue false
           */
          hideLabel?: D1Progress['hideLabel'] | undefined;
          /** As an attribute, the `hideLabel` property: Keeps the label (and the percentage) out of sight; it is still the bar's accessible name. */
          'hide-label'?: D1Progress['hideLabel'] | undefined;
        }
      >;
      /**
       * `<d1-select>` (D1Select): Selects choose one of a few known values: a school, a class, a term.
       *
       * - children: `<option>` elements, an alternative to the `options` property (listed after them). They are read, not displayed: the native select shows them.
       */
      'd1-select': D1ElementProps<
        D1Select,
        {
          /**
           * The choices, listed after any `<option>` children.
           * @defaultValue []
           */
          options?: D1Select['options'] | undefined;
          /**
           * Text of a first, empty choice that cannot be chosen back, such as "Valitse koulu". With it the
           * select starts with nothing chosen; with `required` too, choosing nothing is invalid.
           * @defaultValue ''
           */
          placeholder?: D1Select['placeholder'] | undefined;
          /**
           * The field's visible label (required). It names the control for assistive technology too.
           * @defaultValue ''
           */
          label?: D1Select['label'] | undefined;
          /**
           * The name the value is submitted under, as on a native control.
           * @defaultValue ''
           */
          name?: D1Select['name'] | undefined;
          /**
           * The initial value, from the `value` attribute: `form.reset()` returns the field to it.
           * @defaultValue ''
           */
          defaultValue?: D1Select['defaultValue'] | undefined;
          /**
           * A value is required: an empty field is invalid and blocks the form's submit.
           * @defaultValue false
           */
          required?: D1Select['required'] | undefined;
          /**
           * Disables the field: it cannot be changed, is skipped by Tab and its value is not submitted.
           * @defaultValue false
           */
          disabled?: D1Select['disabled'] | undefined;
          /**
           * Help text under the label, linked to the control with `aria-describedby`.
           * @defaultValue ''
           */
          hint?: D1Select['hint'] | undefined;
          /**
           * An error message set by the app (for example from the server). While set, the field is invalid
           * with this message, and the message is shown at once.
           * @defaultValue ''
           */
          error?: D1Select['error'] | undefined;
          /** Spoken after the label of a required field. Defaults to "pakollinen" in the current language. */
          requiredLabel?: D1Select['requiredLabel'] | undefined;
          /** The current value, submitted with the form. Until set, the default value. */
          value?: D1Select['value'] | undefined;
          /** As an attribute, the `requiredLabel` property: Spoken after the label of a required field. Defaults to "pakollinen" in the current language. */
          'required-label'?: D1Select['requiredLabel'] | undefined;
        }
      >;
      /**
       * `<d1-skeleton>` (D1Skeleton): Skeletons stand in for text, pictures and avatars while they load. They are decorative
       * and hidden from assistive technology: mark the loading region with `aria-busy` or pair it with a
       * `d1-spinner` to tell screen reader users.
       */
      'd1-skeleton': D1ElementProps<
        D1Skeleton,
        {
          /**
           * `text` (lines of text), `circle` (an avatar) or `rect` (a picture or a card).
           * @defaultValue 'text'
           */
          shape?: D1Skeleton['shape'] | undefined;
          /**
           * How many lines of text, with `shape="text"`; the last of several lines is shorter.
           * @defaultValue 1
           */
          lines?: D1Skeleton['lines'] | undefined;
        }
      >;
      /**
       * `<d1-spinner>` (D1Spinner): Spinners tell that content is on its way. The label is spoken, not shown: "Loading…"
       * in the current language unless `label` says more.
       */
      'd1-spinner': D1ElementProps<
        D1Spinner,
        {
          /** What is loading, spoken to screen readers. Defaults to "Loading…" in the current language. */
          label?: D1Spinner['label'] | undefined;
        }
      >;
      /**
       * `<d1-tab>` (D1Tab): A tab shows its panel when chosen; `<d1-tabs>` manages selection and focus.
       *
       * - children: The tab's label (text, optionally with a `<d1-icon>`).
       */
      'd1-tab': D1ElementProps<
        D1Tab,
        {
          /**
           * The `name` of the `<d1-tab-panel>` this tab shows.
           * @defaultValue ''
           */
          panel?: D1Tab['panel'] | undefined;
          /**
           * Whether this is the selected tab. Set by `<d1-tabs>`; to change it, call `show()` there.
           * @defaultValue false
           */
          selected?: D1Tab['selected'] | undefined;
          /**
           * Disables the tab: it cannot be chosen, and arrow keys skip it.
           * @defaultValue false
           */
          disabled?: D1Tab['disabled'] | undefined;
        }
      >;
      /**
       * `<d1-tab-panel>` (D1TabPanel): A tab panel is shown while its tab is selected, and hidden otherwise.
       *
       * - children: The panel's content.
       */
      'd1-tab-panel': D1ElementProps<
        D1TabPanel,
        {
          /**
           * The panel's name, which a `<d1-tab>` refers to in its `panel` attribute.
           * @defaultValue ''
           */
          name?: D1TabPanel['name'] | undefined;
        }
      >;
      /**
       * `<d1-tabs>` (D1Tabs): Tabs switch between views of one subject, such as a pupil's schedule and absences.
       *
       * - `slot="nav"`: The `<d1-tab>` elements.
       * - children: The `<d1-tab-panel>` elements.
       */
      'd1-tabs': D1ElementProps<
        D1Tabs,
        {
          /**
           * The accessible name of the row of tabs.
           * @defaultValue ''
           */
          label?: D1Tabs['label'] | undefined;
          /**
           * The `name` of the shown panel. Defaults to the first enabled tab's panel.
           * @defaultValue ''
           */
          active?: D1Tabs['active'] | undefined;
          /** Listens to `d1-tab-change`: The user chose another tab; `panel` is its panel's name. Not fired by `show()` or by setting `active`. */
          'ond1-tab-change'?: ((event: D1EventOf<'d1-tab-change'>) => void) | undefined;
        }
      >;
      /**
       * `<d1-text-field>` (D1TextField): Text fields take a name, an email address, a message. Validation messages are in the
       * portal's language and appear once the user leaves the field, or tries to submit the form.
       */
      'd1-text-field': D1ElementProps<
        D1TextField,
        {
          /**
           * The kind of text: `text`, `email`, `tel`, `password`, `search`, `number` or `url`.
           * @defaultValue 'text'
           */
          type?: D1TextField['type'] | undefined;
          /**
           * Renders a `<textarea>` for longer text; `type` is then ignored.
           * @defaultValue false
           */
          multiline?: D1TextField['multiline'] | undefined;
          /**
           * Visible lines of text, with `multiline`.
           * @defaultValue 3
           */
          rows?: D1TextField['rows'] | undefined;
          /**
           * The value can be read and selected but not changed; it is still submitted.
           * @defaultValue false
           */
          readonly?: D1TextField['readonly'] | undefined;
          /** A short example of the expected value, shown while the field is empty. Never a label. */
          placeholder?: D1TextField['placeholder'] | undefined;
          /** The fewest characters the user must type. */
          minlength?: D1TextField['minlength'] | undefined;
          /** The most characters the user can type. */
          maxlength?: D1TextField['maxlength'] | undefined;
          /** A regular expression the whole value must match (not with `multiline`). */
          pattern?: D1TextField['pattern'] | undefined;
          /** The native `autocomplete` token, for example `email` or `given-name`. */
          autocomplete?: D1TextField['autocomplete'] | undefined;
          /** The native `inputmode`: which on-screen keyboard to offer, for example `numeric`. */
          inputmode?: D1TextField['inputmode'] | undefined;
          /**
           * The field's visible label (required). It names the control for assistive technology too.
           * @defaultValue ''
           */
          label?: D1TextField['label'] | undefined;
          /**
           * The name the value is submitted under, as on a native control.
           * @defaultValue ''
           */
          name?: D1TextField['name'] | undefined;
          /**
           * The initial value, from the `value` attribute: `form.reset()` returns the field to it.
           * @defaultValue ''
           */
          defaultValue?: D1TextField['defaultValue'] | undefined;
          /**
           * A value is required: an empty field is invalid and blocks the form's submit.
           * @defaultValue false
           */
          required?: D1TextField['required'] | undefined;
          /**
           * Disables the field: it cannot be changed, is skipped by Tab and its value is not submitted.
           * @defaultValue false
           */
          disabled?: D1TextField['disabled'] | undefined;
          /**
           * Help text under the label, linked to the control with `aria-describedby`.
           * @defaultValue ''
           */
          hint?: D1TextField['hint'] | undefined;
          /**
           * An error message set by the app (for example from the server). While set, the field is invalid
           * with this message, and the message is shown at once.
           * @defaultValue ''
           */
          error?: D1TextField['error'] | undefined;
          /** Spoken after the label of a required field. Defaults to "pakollinen" in the current language. */
          requiredLabel?: D1TextField['requiredLabel'] | undefined;
          /** The current value, submitted with the form. Until set, the default value. */
          value?: D1TextField['value'] | undefined;
          /** As an attribute, the `requiredLabel` property: Spoken after the label of a required field. Defaults to "pakollinen" in the current language. */
          'required-label'?: D1TextField['requiredLabel'] | undefined;
        }
      >;
      /**
       * `<d1-toast-stack>` (D1ToastStack): Toasts confirm what just happened. Screen readers announce them through live regions that
       * are in the page before any toast, politely for info and success, at once for warnings and errors.
       * A toast an app asked for (`source: 'app'`) names the app, on screen and when announced, closes
       * within 4–10 seconds, and never pushes out the page's own toasts.
       */
      'd1-toast-stack': D1ElementProps<
        D1ToastStack,
        {
          /**
           * The corner the toasts appear in: `bottom-end` (default), `top-end` or `bottom-center`.
           * @defaultValue 'bottom-end'
           */
          placement?: D1ToastStack['placement'] | undefined;
          /**
           * How many toasts are shown at once; showing one more removes the oldest app toast, or the
           * oldest toast when all are the page's own.
           * @defaultValue 3
           */
          max?: D1ToastStack['max'] | undefined;
          /** Accessible name of each toast's close button. Defaults to "Close" in the current language. */
          closeLabel?: D1ToastStack['closeLabel'] | undefined;
          /** As an attribute, the `closeLabel` property: Accessible name of each toast's close button. Defaults to "Close" in the current language. */
          'close-label'?: D1ToastStack['closeLabel'] | undefined;
          /** Listens to `d1-dismiss`: The user closed a toast with its close button or Escape. */
          'ond1-dismiss'?: ((event: D1EventOf<'d1-dismiss'>) => void) | undefined;
          /** Listens to `d1-toast-close`: A toast closed, for any reason (`reason`: `dismiss`, `timeout`, `action`, `overflow` or `api`; `message`: its text). */
          'ond1-toast-close'?: ((event: D1EventOf<'d1-toast-close'>) => void) | undefined;
        }
      >;
      /** `<d1-user-menu>` (D1UserMenu): The user menu: the signed-in user, acting-as choices, the colour theme and sign out. */
      'd1-user-menu': D1ElementProps<
        D1UserMenu,
        {
          /**
           * The signed-in user's display name.
           * @defaultValue ''
           */
          name?: D1UserMenu['name'] | undefined;
          /**
           * The user's role, e.g. "Opettaja" or "Huoltaja".
           * @defaultValue ''
           */
          roleLabel?: D1UserMenu['roleLabel'] | undefined;
          /**
           * The contexts the user can act in. With none, the group is left out.
           * @defaultValue []
           */
          contexts?: D1UserMenu['contexts'] | undefined;
          /**
           * The id of the context the user acts in now.
           * @defaultValue ''
           */
          activeContext?: D1UserMenu['activeContext'] | undefined;
          /**
           * The user's theme choice, checked in the "Teema" group: `system` (follow the device), `light`,
           * `dark` or `high-contrast`. Any other value warns and shows `system` checked.
           * @defaultValue 'system'
           */
          themePreference?: D1UserMenu['themePreference'] | undefined;
          /**
           * Where "Kirjaudu ulos" goes when `d1-sign-out` is not cancelled.
           * @defaultValue ''
           */
          signOutHref?: D1UserMenu['signOutHref'] | undefined;
          /**
           * Whether the menu is open.
           * @defaultValue false
           */
          open?: D1UserMenu['open'] | undefined;
          /**
           * Starts the button's accessible name. Defaults to "Käyttäjävalikko" in the current language.
           * @defaultValue ''
           */
          label?: D1UserMenu['label'] | undefined;
          /**
           * Names the group of contexts. Defaults to "Toimit roolissa" in the current language.
           * @defaultValue ''
           */
          contextsLabel?: D1UserMenu['contextsLabel'] | undefined;
          /**
           * The sign-out item's text. Defaults to "Kirjaudu ulos" in the current language.
           * @defaultValue ''
           */
          signOutLabel?: D1UserMenu['signOutLabel'] | undefined;
          /** As an attribute, the `roleLabel` property: The user's role, e.g. "Opettaja" or "Huoltaja". */
          'role-label'?: D1UserMenu['roleLabel'] | undefined;
          /** As an attribute, the `activeContext` property: The id of the context the user acts in now. */
          'active-context'?: D1UserMenu['activeContext'] | undefined;
          /**
           * As an attribute, the `themePreference` property: The user's theme choice, checked in the "Teema" group: `system` (follow the device), `light`,
           * `dark` or `high-contrast`. Any other value warns and shows `system` checked.
           */
          'theme-preference'?: D1UserMenu['themePreference'] | undefined;
          /** As an attribute, the `signOutHref` property: Where "Kirjaudu ulos" goes when `d1-sign-out` is not cancelled. */
          'sign-out-href'?: D1UserMenu['signOutHref'] | undefined;
          /** As an attribute, the `contextsLabel` property: Names the group of contexts. Defaults to "Toimit roolissa" in the current language. */
          'contexts-label'?: D1UserMenu['contextsLabel'] | undefined;
          /** As an attribute, the `signOutLabel` property: The sign-out item's text. Defaults to "Kirjaudu ulos" in the current language. */
          'sign-out-label'?: D1UserMenu['signOutLabel'] | undefined;
          /** Listens to `d1-context-change`: The user chose another context; `contextId` is its id. `active-context` is already updated. */
          'ond1-context-change'?: ((event: D1EventOf<'d1-context-change'>) => void) | undefined;
          /** Listens to `d1-theme-change`: The user chose another theme; `preference` is its value. `theme-preference` is already updated. */
          'ond1-theme-change'?: ((event: D1EventOf<'d1-theme-change'>) => void) | undefined;
          /** Listens to `d1-sign-out`: The user chose "Kirjaudu ulos". Unless cancelled, the browser then goes to `sign-out-href`, if set; without it, sign the user out in the listener. */
          'ond1-sign-out'?: ((event: D1EventOf<'d1-sign-out'>) => void) | undefined;
          /** Listens to `d1-open`: The menu opened. */
          'ond1-open'?: ((event: D1EventOf<'d1-open'>) => void) | undefined;
          /** Listens to `d1-close`: The menu closed. */
          'ond1-close'?: ((event: D1EventOf<'d1-close'>) => void) | undefined;
        }
      >;
    }
  }
}
