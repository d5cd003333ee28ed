package dev.lensc.kafka;

import dev.lensc.runtime.store.MultiVersionStore;

/** The topic that carries one document type in one version: the replication channel of that version. */
@FunctionalInterface
public interface TopicNaming {

    String topic(String documentType, int version);

    /** {@code TodoItem} version 2 goes to {@code todo-item.v2}. */
    static TopicNaming kebabDotVersion() {
        return (type, version) -> kebab(type) + ".v" + version;
    }

    /**
     * A pattern in which {@code {type}} stands for the type in kebab case and {@code {version}} for
     * the version number, e.g. {@code "prod.{type}.v{version}"}.
     */
    static TopicNaming pattern(String pattern) {
        if (!pattern.contains("{version}")) {
            throw new IllegalArgumentException("the topic pattern '" + pattern
                    + "' has no {version}: every version would share one topic");
        }
        return (type, version) -> pattern.replace("{type}", kebab(type)).replace("{version}", String.valueOf(version));
    }

    /** The type's name as the multi-version store spells it in keys: {@code TodoItem} becomes {@code todo-item}. */
    static String kebab(String name) {
        return MultiVersionStore.kebab(name);
    }
}
