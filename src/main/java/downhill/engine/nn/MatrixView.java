package downhill.engine.nn;

/** A {@code rows × cols} row-major matrix inside a flat array, from {@code offset}: entry (r, c) is at offset + r·cols + c. */
public record MatrixView(int offset, int rows, int cols) {

    public int size() {
        return rows * cols;
    }

    public int end() {
        return offset + size();
    }

    public double get(double[] values, int row, int col) {
        return values[offset + row * cols + col];
    }
}
