/* i18n_times.c: the words of the response times, in English, Spanish and Valencian, side by side.
 * To change a text, change it here in all three columns; a format's %s blanks must stay the
 * same in number and meaning (test_report checks the number). */
#include "i18n.h"

static const struct i18n_entry words[TT_END - TT_BASE] = {
#define W(id) [id - TT_BASE]
    W(TT_TITLE) = {{"Response times", "Tiempos de respuesta", "Temps de resposta"}},
#undef W
};

const struct i18n_table i18n_times = {"times", TT_BASE, TT_END - TT_BASE, words};
