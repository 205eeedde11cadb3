package downhill.engine.nn;

/**
 * One dense layer {@code y = f(x·W + b)}: where its weights ({@code inputs × outputs}) and bias ({@code 1 × outputs})
 * sit in the network's flat parameter vector, and its activation ({@link Activation#LINEAR} for the output layer,
 * whose squashing belongs to the loss).
 */
public record Layer(MatrixView weights, MatrixView bias, Activation activation) {

    public int inputs() {
        return weights.rows();
    }

    public int outputs() {
        return weights.cols();
    }
}
