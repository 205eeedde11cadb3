package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ColormapTest {

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertEquals(0xFF440154, Colormap.VIRIDIS.argb(0));
        assertEquals(0xFFFDE725, Colormap.VIRIDIS.argb(1));
    }

    @Test
    void positionsOutsideTheBarAreClampedAndNaNHasTheNoValueGrey() {
        assertEquals(Colormap.VIRIDIS.argb(0), Colormap.VIRIDIS.argb(-3));
        assertEquals(Colormap.VIRIDIS.argb(1), Colormap.VIRIDIS.argb(1.5));
        assertEquals(Colormap.VIRIDIS.argb(1), Colormap.VIRIDIS.argb(Double.POSITIVE_INFINITY));
        assertEquals(Colormap.NO_VALUE_ARGB, Colormap.MAGMA.argb(Double.NaN));
        int grey = Colormap.NO_VALUE_ARGB;
        assertEquals(grey >> 16 & 0xFF, grey & 0xFF, "neutral: red equals blue");
        assertEquals(grey >> 8 & 0xFF, grey & 0xFF, "neutral: green equals blue");
        assertTrue(luminance(grey) < 0.1, "dark");
    }

    /** Published anchors from matplotlib's _cm_listed.py: entries 0, 64, 128, 192 and 255 of each table. */
    @ParameterizedTest
    @CsvSource({
        "VIRIDIS, 0, 0.267004, 0.004874, 0.329415",
        "VIRIDIS, 64, 0.229739, 0.322361, 0.545706",
        "VIRIDIS, 128, 0.127568, 0.566949, 0.550556",
        "VIRIDIS, 192, 0.369214, 0.788888, 0.382914",
        "VIRIDIS, 255, 0.993248, 0.906157, 0.143936",
        "MAGMA, 0, 0.001462, 0.000466, 0.013866",
        "MAGMA, 64, 0.316654, 0.071690, 0.485380",
        "MAGMA, 128, 0.716387, 0.214982, 0.475290",
        "MAGMA, 192, 0.986700, 0.535582, 0.382210",
        "MAGMA, 255, 0.987053, 0.991438, 0.749504",
        "CIVIDIS, 0, 0.000000, 0.135112, 0.304751",
        "CIVIDIS, 64, 0.263738, 0.307831, 0.422789",
        "CIVIDIS, 128, 0.488697, 0.485318, 0.471008",
        "CIVIDIS, 192, 0.736488, 0.680629, 0.424028",
        "CIVIDIS, 255, 0.995737, 0.909344, 0.217772"
    })
    void tablesHoldThePublishedColours(Colormap map, int index, double red, double green, double blue) {
        int expected = 0xFF000000 | channel(red) << 16 | channel(green) << 8 | channel(blue);
        assertEquals(Integer.toHexString(expected), Integer.toHexString(map.argbAt(index)));
    }

    @ParameterizedTest
    @EnumSource(Colormap.class)
    void lightnessRisesAlongEveryMap(Colormap map) {
        double previous = -1;
        for (int i = 0; i < Colormap.SIZE; i++) {
            double y = luminance(map.argbAt(i));
            // Rounding to 8 bits can leave two neighbours a hair apart the wrong way; never more.
            assertTrue(y > previous - 1e-3, map + " entry " + i + " is darker than entry " + (i - 1));
            previous = Math.max(previous, y);
        }
        double darkest = luminance(map.argbAt(0));
        double brightest = luminance(map.argbAt(Colormap.SIZE - 1));
        for (int i = 0; i < Colormap.SIZE; i++) {
            assertTrue(luminance(map.argbAt(i)) >= darkest && luminance(map.argbAt(i)) <= brightest);
        }
        assertTrue(brightest - darkest > 0.5, map + " spans light and dark");
    }

    @Test
    void grayscaleStepsEvenlyInPerceivedLightness() {
        assertEquals(0xFF000000, Colormap.GRAYSCALE.argb(0));
        assertEquals(0xFFFFFFFF, Colormap.GRAYSCALE.argb(1));
        for (int i = 0; i < Colormap.SIZE; i++) {
            // Within the rounding of an 8-bit grey, whose L* steps near black are up to 0.9.
            assertEquals(100.0 * i / 255, lightness(Colormap.GRAYSCALE.argbAt(i)), 0.5, "L* of entry " + i);
        }
    }

    @Test
    void mapsHaveNamesForPeopleAndViridisIsTheStandard() {
        assertEquals("Viridis", Colormap.VIRIDIS.displayName());
        assertEquals("Grayscale", Colormap.GRAYSCALE.displayName());
        assertEquals(Colormap.VIRIDIS, Colormap.standard());
    }

    private static int channel(double c) {
        return (int) Math.round(255 * c);
    }

    /** WCAG relative luminance of an sRGB colour. */
    static double luminance(int argb) {
        return 0.2126 * linear(argb >> 16 & 0xFF) + 0.7152 * linear(argb >> 8 & 0xFF) + 0.0722 * linear(argb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double lightness(int argb) {
        double y = luminance(argb);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
    }
}
