#version 330 core
// Glyphs the font rasterized at the size they are drawn: the quad covers whole pixels, one texel
// each, so the coverage is the font's own.
in vec2 v_uv;
flat in vec4 v_rgba;
uniform sampler2D atlas;
out vec4 colour;

void main() {
    float coverage = texture(atlas, v_uv).r;
    if (coverage <= 0.0) discard;
    colour = vec4(v_rgba.rgb, v_rgba.a * coverage);
}
