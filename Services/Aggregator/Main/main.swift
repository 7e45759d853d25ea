print("aggregator pending")
