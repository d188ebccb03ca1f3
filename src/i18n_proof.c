/* i18n_proof.c: the words of the proof sheet, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). */
#include "i18n.h"

static const struct i18n_entry words[TP_END - TP_BASE] = {
#define W(id) [id - TP_BASE]
    W(TP_TITLE) = {{"Record of replies", "Historial de atención", "Historial d'atenció"}},
#undef W
};

const struct i18n_table i18n_proof = {"proof", TP_BASE, TP_END - TP_BASE, words};
