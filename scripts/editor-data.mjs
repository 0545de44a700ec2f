// Editor autocompletion generated from dist/custom-elements.json (filled in by the frameworks work).
