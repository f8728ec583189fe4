#version 330 core
// One instance per glyph: a quad in frame units and its place in the signed-distance atlas.
layout(location = 0) in vec2 corner;
layout(location = 1) in vec4 quad;      // x, y, w, h in frame units
layout(location = 2) in vec4 uv;        // u0, v0, u1, v1
layout(location = 3) in vec4 rgba;

uniform vec2 frame_to_pixels_scale;
uniform vec2 frame_to_pixels_offset;
uniform vec2 target_size;

out vec2 v_uv;
flat out vec4 v_rgba;

void main() {
    vec2 p = quad.xy + corner * quad.zw;
    v_uv = mix(uv.xy, uv.zw, corner);
    v_rgba = rgba;
    vec2 pixel = p * frame_to_pixels_scale + frame_to_pixels_offset;
    vec2 ndc = pixel / target_size * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
