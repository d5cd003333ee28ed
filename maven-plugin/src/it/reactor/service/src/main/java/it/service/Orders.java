package it.service;

import it.model.OrderV2;

/** Uses the model module's generated code; has no lens files of its own. */
public class Orders {
    public String buyer(OrderV2 order) {
        return order.buyer();
    }
}
