package org.sightline.spark;

import java.io.Serializable;

/**
 * One unit of work the driver hands out: a file to read, or a path the driver could not use
 * (then {@code problem} says why, and the task only records it).
 */
record InputItem(String path, String problem) implements Serializable {
    static InputItem file(String path) {
        return new InputItem(path, null);
    }

    static InputItem problem(String path, String problem) {
        return new InputItem(path, problem);
    }
}
