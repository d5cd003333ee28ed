package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.bench.generated.OrderLenses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One hop against nine on a chain of mixed ops ({@code mixed.lens}: renames, adds, converts,
 * wraps, {@code in}, hoists, removes, plunges), get and put (onto a stored document of the target
 * version). Setup checks the results against the documents worked out by hand.
 *
 * <p>Beside them, get and put written by hand against Jackson as an application would (D,
 * {@link HandWritten#orderV1ToV10}), and get tuned by hand ({@link HandWritten#orderV1ToV10Tuned}):
 * the floor of the hop ratio, since version 10 holds more objects than version 1 or 2 whatever
 * builds it.
 *
 * <p>{@link #main} times the same ten cases by this thread's CPU time, interleaved round by round
 * (less disturbed by other processes than JMH's wall clock):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.MixedBenchmarks [rounds]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MixedBenchmarks {
    private JsonNode order;
    private JsonNode baseV2;
    private JsonNode baseV10;

    @Setup
    public void setUp() {
        order = Documents.order();
        baseV2 = Documents.orderV2Base();
        baseV10 = Documents.orderV10Base();
        same("1 -> 2", OrderLenses.v1ToV2(order), Documents.orderV2());
        same("1 -> 10", OrderLenses.v1ToV10(order), Documents.orderV10());
        // onto a base the edited order's fields win; what version 1 does not hold comes from the base
        same("1 -> 2 onto a base", OrderLenses.v1ToV2(order, baseV2),
                ((com.fasterxml.jackson.databind.node.ObjectNode) Documents.orderV2()).put("channel", "app"));
        // hand-written Jackson code D: the same documents (key order aside: D appends what it renames)
        if (!HandWritten.orderV1ToV2(order).equals(Documents.orderV2())
                || !HandWritten.orderV1ToV10(order).equals(Documents.orderV10())) {
            throw new IllegalStateException("the hand-written order translations differ from the documents by hand");
        }
        same("1 -> 2 tuned by hand", HandWritten.orderV1ToV2Tuned(order), Documents.orderV2());
        same("1 -> 10 tuned by hand", HandWritten.orderV1ToV10Tuned(order), Documents.orderV10());
        JsonNode put = OrderLenses.v1ToV10(order, baseV10);
        if (!put.at("/addresses/1/city").asText().equals("Shelbyville") || !put.at("/customer/vip").asBoolean()
                || !put.at("/emails/1").asText().equals("ann@work.example") || !put.at("/status").asText().equals("PAID")) {
            throw new IllegalStateException("1 -> 10 onto a base lost the base's data or the edit: " + put);
        }
        if (!HandWritten.orderV1ToV10(order, baseV10).equals(put)
                || !HandWritten.orderV1ToV2(order, baseV2).equals(OrderLenses.v1ToV2(order, baseV2))) {
            throw new IllegalStateException("the hand-written puts differ from the generated ones");
        }
    }

    private static void same(String what, JsonNode generated, JsonNode byHand) {
        // the text, not only equality: key order is part of the result
        if (!generated.toString().equals(byHand.toString())) {
            throw new IllegalStateException(what + ": generated " + generated + " but by hand " + byHand);
        }
    }

    @Benchmark
    public JsonNode getOneHop() {
        return OrderLenses.v1ToV2(order);
    }

    @Benchmark
    public JsonNode getNineHops() {
        return OrderLenses.v1ToV10(order);
    }

    @Benchmark
    public JsonNode handGetOneHop() {
        return HandWritten.orderV1ToV2(order);
    }

    @Benchmark
    public JsonNode handGetNineHops() {
        return HandWritten.orderV1ToV10(order);
    }

    @Benchmark
    public JsonNode tunedGetOneHop() {
        return HandWritten.orderV1ToV2Tuned(order);
    }

    @Benchmark
    public JsonNode tunedGetNineHops() {
        return HandWritten.orderV1ToV10Tuned(order);
    }

    @Benchmark
    public JsonNode handPutOneHop() {
        return HandWritten.orderV1ToV2(order, baseV2);
    }

    @Benchmark
    public JsonNode handPutNineHops() {
        return HandWritten.orderV1ToV10(order, baseV10);
    }

    @Benchmark
    public JsonNode putOneHop() {
        return OrderLenses.v1ToV2(order, baseV2);
    }

    @Benchmark
    public JsonNode putNineHops() {
        return OrderLenses.v1ToV10(order, baseV10);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        MixedBenchmarks b = new MixedBenchmarks();
        b.setUp();
        Map<String, CpuTime.Case> cases = new LinkedHashMap<>();
        cases.put("getOneHop", () -> b.getOneHop().size());
        cases.put("getNineHops", () -> b.getNineHops().size());
        cases.put("handGetOneHop", () -> b.handGetOneHop().size());
        cases.put("handGetNineHops", () -> b.handGetNineHops().size());
        cases.put("tunedGetOneHop", () -> b.tunedGetOneHop().size());
        cases.put("tunedGetNineHops", () -> b.tunedGetNineHops().size());
        cases.put("putOneHop", () -> b.putOneHop().size());
        cases.put("putNineHops", () -> b.putNineHops().size());
        cases.put("handPutOneHop", () -> b.handPutOneHop().size());
        cases.put("handPutNineHops", () -> b.handPutNineHops().size());
        Map<String, Double> median = CpuTime.medians(cases, rounds, name -> 20_000);
        System.out.printf("get: nine hops / one hop %.2f   put: nine hops / one hop %.2f (time)%n",
                median.get("getNineHops") / median.get("getOneHop"), median.get("putNineHops") / median.get("putOneHop"));
        against(median, "get", "handGet", "hand-written get (D)");
        against(median, "get", "tunedGet", "get tuned by hand (sized objects, shared values)");
        against(median, "put", "handPut", "hand-written put (D)");
    }

    /** Prints a reference's own nine hops / one hop, and the generated cases' times over its. */
    private static void against(Map<String, Double> median, String generated, String reference, String name) {
        System.out.printf("%s: v1 -> v10 / v1 -> v2 %.2f   generated / it: one hop %.2f, nine hops %.2f%n", name,
                median.get(reference + "NineHops") / median.get(reference + "OneHop"),
                median.get(generated + "OneHop") / median.get(reference + "OneHop"),
                median.get(generated + "NineHops") / median.get(reference + "NineHops"));
    }
}
