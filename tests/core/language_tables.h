// The language tables under assets/i18n/, read as the app reads them.
#pragma once

#include "core/messages.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

inline fp::Messages read_language(const std::string& code) {
    std::ifstream in(std::filesystem::path(FP_ASSETS) / "i18n" / (code + ".json"),
                     std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const fp::MessagesRead read = fp::read_messages(text.str());
    INFO(code << ": " << read.error << " at line " << read.where.line << ", column "
              << read.where.column);
    REQUIRE(read.messages);
    CHECK(read.messages->code == code);
    return *read.messages;
}
