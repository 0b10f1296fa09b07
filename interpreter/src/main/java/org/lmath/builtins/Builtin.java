package org.lmath.builtins;

import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.Signature;
import org.lmath.value.Value;

/** A function written in Java: its declaration (signature, topic, doc) and its body. */
public final class Builtin implements FunctionValue {

    /** The body receives its arguments already matched to the parameters. */
    @FunctionalInterface
    public interface Body {
        Value call(Arguments arguments);
    }

    private final Signature signature;
    private final String topic;
    private final String doc;
    private final Body body;

    Builtin(Signature signature, String topic, String doc, Body body) {
        this.signature = signature;
        this.topic = topic;
        this.doc = doc;
        this.body = body;
    }

    @Override
    public Signature signature() {
        return signature;
    }

    public String topic() {
        return topic;
    }

    public String doc() {
        return doc;
    }

    @Override
    public Value invoke(CallContext context, Value[] arguments) {
        return body.call(new Arguments(signature, arguments, context));
    }
}
