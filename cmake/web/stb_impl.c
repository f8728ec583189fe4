/* The web build's copy of the stb functions the desktop takes from Debian's libstb (a shared
   library emscripten cannot link): the same headers, from libstb-dev, compiled in. */
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
