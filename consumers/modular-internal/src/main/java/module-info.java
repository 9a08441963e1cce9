module io.beyondwords.consumer.internal {
    requires io.beyondwords;
}
