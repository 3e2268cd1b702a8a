# Writes INPUT as a raw string literal named SYMBOL into OUTPUT.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\n")
file(APPEND "${OUTPUT}" "inline constexpr char ${SYMBOL}[] = R\"KEIKAKU_EMBED(${content})KEIKAKU_EMBED\";\n")
