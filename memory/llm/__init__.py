"""The LLM engine (KEQING_LLM=openai): any OpenAI-compatible endpoint, the offline engine behind it."""
