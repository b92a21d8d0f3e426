package org.seatwise.model.apportionment;

import java.util.Arrays;

/**
 * A binary heap of unit indices whose order is read from the units' current state, with each unit
 * at most once, so that a unit whose seats changed is moved in place ({@link #update}).
 */
final class UnitHeap {

    /** Whether unit {@code u} belongs nearer the top than unit {@code v}. */
    @FunctionalInterface
    interface Order {
        boolean before(int u, int v);
    }

    private final Order order;
    private final int[] heap;
    private final int[] position;
    private int size;

    UnitHeap(int units, Order order) {
        this.order = order;
        this.heap = new int[units];
        this.position = new int[units];
        Arrays.fill(position, -1);
    }

    /** Adds a unit without restoring the heap order; call {@link #heapify} after the last one. */
    void addUnordered(int unit) {
        heap[size] = unit;
        position[unit] = size++;
    }

    void heapify() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int top() {
        return heap[0];
    }

    boolean contains(int unit) {
        return position[unit] >= 0;
    }

    void insert(int unit) {
        heap[size] = unit;
        position[unit] = size++;
        siftUp(size - 1);
    }

    void remove(int unit) {
        int at = position[unit];
        int last = heap[--size];
        position[unit] = -1;
        if (at < size) {
            heap[at] = last;
            position[last] = at;
            siftUp(at);
            siftDown(position[last]);
        }
    }

    /** Restores the order around a unit whose key changed. */
    void update(int unit) {
        int at = position[unit];
        siftUp(at);
        siftDown(position[unit]);
    }

    private void siftUp(int at) {
        int unit = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!order.before(unit, heap[parent])) {
                break;
            }
            place(heap[parent], at);
            at = parent;
        }
        place(unit, at);
    }

    private void siftDown(int at) {
        int unit = heap[at];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < size && order.before(heap[right], heap[child])) {
                child = right;
            }
            if (!order.before(heap[child], unit)) {
                break;
            }
            place(heap[child], at);
            at = child;
        }
        place(unit, at);
    }

    private void place(int unit, int at) {
        heap[at] = unit;
        position[unit] = at;
    }
}
