module io.beyondwords.consumer.modular {
    requires io.beyondwords;
    requires io.beyondwords.testkit;
}
