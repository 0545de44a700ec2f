/** Lower case without accents, so "jose" finds "José". Shared by every widget's search. */
export function fold(text) {
    return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}
