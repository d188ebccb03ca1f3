/* i18n_evidence.c: the words of the evidence, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). */
#include "i18n.h"

static const struct i18n_entry words[TE_END - TE_BASE] = {
#define W(id) [id - TE_BASE]
    W(TE_TITLE) = {{"Evidence", "Evidencias", "Evidències"}},
#undef W
};

const struct i18n_table i18n_evidence = {"evidence", TE_BASE, TE_END - TE_BASE, words};
