"""Translation between the wire APIs the gateway speaks (Responses, Anthropic Messages,
Embeddings) and its one internal request, the chat completion."""
