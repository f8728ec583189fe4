// `convviz shape`: the arguments (one per line of the input, after "convviz shape") go through the
// same CLI11 declarations as the real command line, then through run_shape: either CLI11 or
// ConvViz refuses them with a short message, or the derivation prints.
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/op_options.hpp"
#include "app/cli/shape.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {

void shape_args(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> args{"shape"};
    for (size_t begin = 0; begin <= text.size();) {
        const size_t end = std::min(text.find('\n', begin), text.size());
        args.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    CLI::App app;
    app.option_defaults()->always_capture_default();
    OpRequest request;
    CLI::App* shape = add_shape_command(app, request);
    try {
        app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them reversed
    } catch (const CLI::ParseError&) {
        return;  // CLI11's own message; main.cpp prints it
    }
    FUZZ_REQUIRE(shape->parsed(), "the shape subcommand was not parsed");
    std::ostringstream out;
    std::ostringstream err;
    const int status = run_shape(request, out, err);
    FUZZ_REQUIRE(status == 0 || status == 2, "exit status " + std::to_string(status));
    if (status == 0) {
        FUZZ_REQUIRE(!out.str().empty() && err.str().empty(), "a derivation with an error: " + err.str());
        FUZZ_REQUIRE(!valid_utf8(text) || valid_utf8(out.str()), "the derivation is cut inside a character");
    } else {
        FUZZ_REQUIRE(out.str().empty(), "an error with a derivation: " + out.str());
        // The message may quote the user's bytes as given; whole characters only when they were.
        require_short_message(err.str(), "convviz shape: ");
        FUZZ_REQUIRE(!valid_utf8(text) || valid_utf8(err.str()), "a message cut inside a character");
    }
}

}  // namespace convviz::fuzz
