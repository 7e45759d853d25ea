/// A message a port answers one kind of ``WireRequest`` with.
package protocol WireResponse: WireMessage {}
