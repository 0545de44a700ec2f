/**
 * Registers a tag once. A second copy of the library on the same page (or a page that registered
 * the tag itself) keeps the first definition instead of throwing.
 */
export declare function defineElement(tag: string, element: CustomElementConstructor): void;
