// React wrappers for every element (filled in by the frameworks work).
export {};
