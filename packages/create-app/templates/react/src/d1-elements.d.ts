// The JSX typings of DigiOne's elements (<d1-button>, <d1-card>…): their attributes and properties,
// checked by TypeScript. Types only, so they are imported here, where no bundle sees them.
import '@digione/components/jsx';
