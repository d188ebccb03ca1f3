/* i18n_fair.c: the words of the fairness, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). */
#include "i18n.h"

static const struct i18n_entry words[TF_END - TF_BASE] = {
#define W(id) [id - TF_BASE]
    W(TF_TITLE) = {{"Equal treatment", "Igualdad de trato", "Igualtat de tracte"}},
#undef W
};

const struct i18n_table i18n_fair = {"fair", TF_BASE, TF_END - TF_BASE, words};
