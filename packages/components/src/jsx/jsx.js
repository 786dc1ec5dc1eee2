// The module of `import '@digione/components/jsx';`: its typings are in jsx.d.ts; it runs nothing.
export {};
