package downhill.engine.explain;

/** Explains the steps of one family of optimizers (e.g. SGD with and without momentum, or Adam and its kin). */
interface FamilyExplainer {

    /** Adds the family's equations and quantities for one step; the builder already holds g, η and Δθ. */
    void explain(StepInputs in, ExplanationBuilder out);
}
