fn main() {
    println!("cargo:rerun-if-changed=lalrpop/grammar.lalrpop");
    lalrpop::Configuration::new()
        .set_in_dir("lalrpop")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("LALRPOP grammar failed to build");
}
