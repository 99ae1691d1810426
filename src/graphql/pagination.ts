// Paging is a domain concern (search pages by cursor too); the helpers live in src/paging.
export * from '../paging/cursors.js';
