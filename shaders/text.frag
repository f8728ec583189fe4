#version 330 core
// Signed-distance glyphs: the edge sits at `edge` in the atlas; the smoothing width follows the
// screen-space derivative, so text stays sharp at every zoom.
in vec2 v_uv;
flat in vec4 v_rgba;
uniform sampler2D atlas;
uniform float edge;
out vec4 colour;

void main() {
    float d = texture(atlas, v_uv).r;
    float w = max(fwidth(d), 1e-4) * 0.7;
    float coverage = smoothstep(edge - w, edge + w, d);
    if (coverage <= 0.0) discard;
    colour = vec4(v_rgba.rgb, v_rgba.a * coverage);
}
