package org.cunwu.shared.history;

import java.util.Map;

/**
 * A record whose history is shown on its page. The snapshot maps a field's message key to the
 * value as a person reads it (a town's name, not its id), in display order.
 */
public interface Historied {

    Map<String, String> historySnapshot();
}
