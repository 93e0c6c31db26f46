BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Register-ImgurApplication' {
    It 'opens the registration page, which the emulator serves' {
        $opened = @{}
        $browser = { param($url) $opened.Url = $url }.GetNewClosure()

        $page = Register-ImgurApplication -BaseUri (Get-EmulatorUri) -BrowserCommand $browser -PassThru

        $page | Should -Be ([uri]"$(Get-EmulatorUri)oauth2/addclient")
        $opened.Url | Should -Be $page.AbsoluteUri
        (Invoke-WebRequest -Uri $page).Content | Should -Match '<form'
    }

    It 'refuses plain http off this machine' {
        { Register-ImgurApplication -BaseUri 'http://example.com/' -BrowserCommand { } } | Should -Throw -ErrorId 'InvalidArgument*'
    }
}
