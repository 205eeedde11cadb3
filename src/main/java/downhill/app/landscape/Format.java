package downhill.app.landscape;

import downhill.engine.Numbers;

/** Numbers for people on a screen: four significant digits, scientific only when very large or small. */
public final class Format {

    private Format() {
    }

    public static String compact(double value) {
        return Numbers.compact(value);
    }
}
