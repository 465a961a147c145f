package kaohe.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Sheet;

/** What a printed sheet must be, whoever wrote it: landscape, and at 8 pt or more on paper. */
public final class Legibility {

    private Legibility() {
    }

    /**
     * Fitted to the page width only where that keeps 8 pt; otherwise at {@link PrintLayout#LEGIBLE_SCALE} % with the
     * first columns repeated on every page.
     */
    public static void assertPrintsLegibly(Sheet sheet, int columns) {
        if (sheet.getFitToPage()) {
            assertThat(PrintLayout.scaleToFit(sheet, columns)).as(sheet.getSheetName() + " fitted to the width")
                    .isGreaterThanOrEqualTo(PrintLayout.LEGIBLE_SCALE);
        } else {
            assertThat((int) sheet.getPrintSetup().getScale()).as(sheet.getSheetName()).isGreaterThanOrEqualTo(PrintLayout.LEGIBLE_SCALE);
            assertThat(sheet.getRepeatingColumns()).as(sheet.getSheetName() + " repeats whose row it is").isNotNull();
        }
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName() + " landscape").isTrue();
    }
}
